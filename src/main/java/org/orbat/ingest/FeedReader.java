package org.orbat.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.orbat.model.DateValue;

/**
 * Reads an RSS or Atom feed (an http(s) address or a file) into articles, one per item: the item's full content
 * where the feed carries it, else the page it links to. Each item is known by its guid (else its link), so a later
 * poll finds it unchanged, or changed and to be read again. A feed that cannot be fetched or parsed is one
 * failed item naming the feed; an item with no text is one failed item naming the item.
 */
public final class FeedReader {
    /** Feeds that carry only a summary give fewer characters than this; the linked page is read instead. */
    static final int SUMMARY_CHARS = 400;

    private final PageReader pages;
    private final HttpClient http;

    public FeedReader(IngestOptions options) {
        this.pages = new PageReader(new ArticleAssembler(options));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Whether {@code source} names a feed rather than a file or folder of reports. */
    public static boolean isFeed(String source) {
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.endsWith(".rss") || lower.endsWith(".atom")
            || lower.endsWith(".xml");
    }

    /** The feed's items, in the feed's order. */
    public List<IngestItem> read(String feed) {
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetch(feed))));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            return List.of(IngestItem.failed(new UnreadableArticleException(feed, "not a readable RSS or Atom feed ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")")));
        }
        String outlet = parsed.getTitle() == null || parsed.getTitle().isBlank() ? null : parsed.getTitle().strip();
        List<IngestItem> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            String source = feed + "#" + (++n);
            try {
                out.add(IngestItem.of(article(feed, source, outlet, entry)));
            } catch (UnreadableArticleException e) {
                out.add(IngestItem.failed(e));
            }
        }
        return out;
    }

    private org.orbat.model.Article article(String feed, String source, String outlet, SyndEntry entry) {
        String link = entry.getLink();
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
        if (id == null || id.isBlank()) {
            throw new UnreadableArticleException(source, "item has neither a guid nor a link, so a later poll could not recognise it");
        }
        Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<DetectedDate> published = Optional.ofNullable(when)
            .map(d -> new DetectedDate(DateValue.day(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()), "feed"));
        DocumentMetadata metadata = new DocumentMetadata(Optional.of(id), Optional.ofNullable(entry.getTitle()).map(String::strip),
            Optional.ofNullable(outlet), Optional.ofNullable(link), published, Optional.empty());
        String html = content(entry);
        if (plainLength(html) < SUMMARY_CHARS && link != null && !link.isBlank()) {
            try {
                html = new String(fetch(link), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                // The page is gone or unreachable: the summary is all there is to read.
            }
        }
        if (html == null || html.isBlank()) {
            throw new UnreadableArticleException(source, "item has no text and no readable page");
        }
        return pages.read(feed, source, html, metadata);
    }

    /** The item's full content (Atom content, RSS content:encoded), else its description. */
    private static String content(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            sb.append(entry.getDescription().getValue());
        }
        return sb.toString();
    }

    private static int plainLength(String html) {
        return html == null ? 0 : org.jsoup.Jsoup.parse(html).text().length();
    }

    private byte[] fetch(String address) throws IOException {
        if (!address.startsWith("http://") && !address.startsWith("https://")) {
            return Files.readAllBytes(Path.of(address.startsWith("file:") ? URI.create(address).getPath() : address));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60))
            .header("User-Agent", "Orbat feed reader").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
