package org.orbat.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.orbat.model.DateValue;

/**
 * Reads what an HTML page's markup says about the report: title ({@code og:title}, else the first
 * {@code <h1>}, else {@code <title>}: the first two carry the bare headline, the last often a
 * " | Site" suffix), outlet ({@code og:site_name}, JSON-LD {@code publisher.name}), address
 * ({@code og:url}, canonical link) and publication date ({@code article:published_time} and its
 * Dublin Core / schema.org kin, JSON-LD {@code datePublished}, the first {@code <time datetime>}), the
 * date recorded with {@code how} = {@code metadata:<where>}. Must run before boilerplate elements are
 * removed, since headers hold much of this. Stateless; threads may share it.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "sailthru.date", "parsely-pub-date"};

    private HtmlMetadata() {
    }

    static DocumentMetadata read(Document page) {
        Optional<String> title = meta(page, "og:title").or(() -> text(page.selectFirst("h1")))
                .or(() -> nonBlank(page.title()));
        Optional<String> outlet = meta(page, "og:site_name").or(() -> jsonLd(page, "publisher"));
        Optional<String> url = meta(page, "og:url").or(() -> attr(page.selectFirst("link[rel=canonical]"), "href"));
        // The page's own lang attribute is not read: templates set it site-wide, often wrongly, and a report
        // read in a language Orbat has no pack for would be refused instead of read as English.
        return new DocumentMetadata(Optional.empty(), title, outlet, url, published(page), Optional.empty());
    }

    private static Optional<DetectedDate> published(Document page) {
        for (String name : DATE_METAS) {
            Optional<DetectedDate> date = meta(page, name).flatMap(HtmlMetadata::iso)
                    .map(d -> new DetectedDate(d, "metadata:" + name));
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<DetectedDate> fromJsonLd = jsonLd(page, "datePublished").flatMap(HtmlMetadata::iso)
                .map(d -> new DetectedDate(d, "metadata:json-ld"));
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            String value = itemprop.hasAttr("datetime") ? itemprop.attr("datetime")
                    : itemprop.hasAttr("content") ? itemprop.attr("content") : itemprop.text();
            Optional<DateValue> date = iso(value);
            if (date.isPresent()) {
                return Optional.of(new DetectedDate(date.get(), "metadata:itemprop"));
            }
        }
        return attr(page.selectFirst("time[datetime]"), "datetime").flatMap(HtmlMetadata::iso)
                .map(d -> new DetectedDate(d, "metadata:time"));
    }

    /** The date an ISO date or date-time string starts with ("2015-03-01T09:00:00Z" is 1 March 2015). */
    static Optional<DateValue> iso(String value) {
        Matcher m = ISO_PREFIX.matcher(value);
        return m.find() ? DateValue.parse(m.group(1)) : Optional.empty();
    }

    private static Optional<String> meta(Document page, String name) {
        for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** The first value of {@code field} in any JSON-LD block; for an object value, its {@code name}. */
    private static Optional<String> jsonLd(Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue; // a broken JSON-LD block is the page's problem; other sources may still date it
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            while (!pending.isEmpty()) {
                JsonNode node = pending.pop();
                JsonNode value = node.get(field);
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    return Optional.of(value.asText().strip());
                }
                if (value != null && value.isObject() && value.path("name").isTextual()) {
                    return Optional.of(value.path("name").asText().strip());
                }
                node.elements().forEachRemaining(pending::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element element) {
        return element == null ? Optional.empty() : nonBlank(element.text());
    }

    private static Optional<String> attr(Element element, String name) {
        return element == null ? Optional.empty() : nonBlank(element.attr(name));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
