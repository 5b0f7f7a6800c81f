package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.Article;
import org.orbat.model.DateValue;

class HtmlReadingTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

    private Article read(String html) throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), html);
        IngestItem item = reader.read(file).toList().get(0);
        assertThat(item.ok()).as(() -> String.valueOf(item.error())).isTrue();
        return item.article();
    }

    @Test
    void dropsNavigationScriptsCommentsAndShareBarsKeepingParagraphs() throws IOException {
        Article article = read("""
                <html><head><title>Rebels cross the river | Example Wire</title>
                <script>var tracking = "Militia tracking code";</script><style>p { color: red }</style></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header class="site-header">Example Wire</header>
                <article><h1>Rebels cross the river</h1>
                <div class="share-buttons">Share on Facebook Tweet</div>
                <p>Militia fighters withdrew from the river crossing after two days of shelling.</p>
                <p>Local officials said the bridge had been <b>closed</b> to traffic since the weekend.</p>
                </article>
                <aside class="related-posts">Related: other stories</aside>
                <div id="comments"><p>Great article, thanks!</p></div>
                <footer>© 2016 Example Wire</footer></body></html>
                """);
        assertThat(article.text()).isEqualTo("""
                Rebels cross the river

                Militia fighters withdrew from the river crossing after two days of shelling.

                Local officials said the bridge had been closed to traffic since the weekend.""");
        assertThat(article.title()).isEqualTo("Rebels cross the river");
    }

    @Test
    void takesTitleDateOutletAndUrlFromMetadata() throws IOException {
        Article article = read("""
                <html><head><title>Rebels cross the river | Example Wire</title>
                <meta property="og:title" content="Rebels cross the river">
                <meta property="og:site_name" content="Example Wire">
                <meta property="og:url" content="https://example.org/rebels">
                <meta property="article:published_time" content="2016-04-14T09:30:00+00:00">
                </head><body><p>Militia fighters withdrew from the river crossing on 3 March 2015.</p></body></html>
                """);
        assertThat(article.title()).isEqualTo("Rebels cross the river");
        assertThat(article.outlet()).isEqualTo("Example Wire");
        assertThat(article.url()).isEqualTo("https://example.org/rebels");
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("metadata:article:published_time");
    }

    @Test
    void takesDateAndPublisherFromJsonLd() throws IOException {
        Article article = read("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Rebels cross",
                 "datePublished":"2016-04-14","publisher":{"@type":"Organization","name":"Example Wire"}}]}
                </script></head><body><p>Militia fighters withdrew from the river crossing.</p></body></html>
                """);
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("metadata:json-ld");
        assertThat(article.outlet()).isEqualTo("Example Wire");
    }

    @Test
    void takesDateFromTimeElement() throws IOException {
        Article article = read("<html><body><h1>Rebels cross</h1><time datetime=\"2016-04-14\">Thursday</time>"
                + "<p>Militia fighters withdrew from the river crossing.</p></body></html>");
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("metadata:time");
    }

    @Test
    void survivesTenThousandNestedElements() throws IOException {
        String html = "<html><body>" + "<div>".repeat(10_000)
                + "<p>Militia fighters withdrew from the river crossing.</p>" + "</div>".repeat(10_000) + "</body></html>";
        assertThat(read(html).text()).contains("Militia fighters withdrew from the river crossing.");
    }

    @Test
    void keepsStoryInsideWrapperWhoseClassMentionsSidebar() throws IOException {
        Article article = read("<html><body><div class=\"page has-sidebar\"><p>Militia fighters withdrew from the "
                + "river crossing after two days of shelling.</p><div class=\"sidebar\">Most read</div></div></body></html>");
        assertThat(article.text()).isEqualTo("Militia fighters withdrew from the river crossing after two days of shelling.");
    }
}
