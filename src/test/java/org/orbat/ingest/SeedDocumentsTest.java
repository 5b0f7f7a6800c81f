package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Article;

/**
 * Reads the shared seed reports when they sit next to the project ({@code ../shared/seeds}), and checks
 * the dates and outlets the evaluation gold expects. Skipped when the folder is absent.
 */
class SeedDocumentsTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void datesAndAttributesTheSeedReportsLikeTheGold() {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds");
        ArticleReader reader = new ArticleReader(IngestOptions.defaults());
        List<Article> articles = reader.readAll(reader.expand(List.of(SEEDS)))
                .map(item -> {
                    assertThat(item.ok()).as(() -> String.valueOf(item.error())).isTrue();
                    return item.article();
                }).toList();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank();
            assertThat(a.text()).doesNotContain("Donate", "Content is protected", "en_US", "min read",
                    "Een reactie posten", "small logo", "[Source:");
        });
        assertThat(articles).extracting(a -> String.valueOf(a.published())).containsExactly(
                "null", "2014-10-07", "2015-03-01", "2024-11-30", "2015-06-01");
        assertThat(articles.get(1).outlet()).isEqualTo("The Long War Journal (via Equipo Nizkor)");
        assertThat(articles.get(3).outlet()).isEqualTo("ZeroHedge");
    }
}
