package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;
import org.orbat.model.DateValue;

class JsonlReadingTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

    private List<IngestItem> read(String... lines) throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n", lines) + "\n");
        try (Stream<IngestItem> items = reader.read(file)) {
            return items.toList();
        }
    }

    private String source(int line) {
        return dir.resolve("corpus.jsonl") + ":" + line;
    }

    @Test
    void readsFieldsAndKeepsIdAsSourceId() throws IOException {
        Article article = read("{\"id\":\"r-1\",\"title\":\"Rebels cross\",\"text\":\"Militia fighters withdrew.\","
                + "\"outlet\":\"Example Wire\",\"url\":\"https://example.org/r\",\"published\":\"2016-04-14\","
                + "\"gold\":{\"ignored\":true}}").get(0).article();
        assertThat(article.sourceId()).isEqualTo("r-1");
        assertThat(article.title()).isEqualTo("Rebels cross");
        assertThat(article.outlet()).isEqualTo("Example Wire");
        assertThat(article.url()).isEqualTo("https://example.org/r");
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("metadata");
        assertThat(article.path()).isEqualTo(dir.resolve("corpus.jsonl") + "#1");
    }

    @Test
    void readsTheStatedLanguageAsACodeOrAnEnglishNameAndRefusesWhatNamesNone() throws IOException {
        List<IngestItem> items = read(
                "{\"id\":\"a\",\"text\":\"Militia fighters withdrew.\",\"language\":\"en-GB\"}",
                "{\"id\":\"b\",\"text\":\"Militia fighters withdrew.\",\"lang\":\"Arabic\"}",
                "{\"id\":\"c\",\"text\":\"Militia fighters withdrew.\",\"language\":\"ara\"}",
                "{\"id\":\"d\",\"text\":\"Militia fighters withdrew.\"}",
                "{\"id\":\"e\",\"text\":\"Militia fighters withdrew.\",\"language\":\"Klingonese\"}");
        assertThat(items.get(0).article().language()).isEqualTo(Language.ENGLISH);
        assertThat(items.get(1).article().language()).isEqualTo(Language.ARABIC);
        assertThat(items.get(2).article().language()).isEqualTo(Language.ARABIC);
        assertThat(items.get(3).article().language()).as("unstated: detected when read").isNull();
        assertThat(items.get(4).ok()).isFalse();
        assertThat(items.get(4).error().getMessage()).contains(source(5)).contains("language").contains("Klingonese");
    }

    @Test
    void detectsDateInTextWhenFieldIsAbsent() throws IOException {
        Article article = read("{\"text\":\"Thu 14 Apr 2016 Militia fighters withdrew from the crossing.\"}")
                .get(0).article();
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("text:dateline");
    }

    @Test
    void readsHtmlField() throws IOException {
        Article article = read("{\"id\":7,\"html\":\"<html><head><meta property='og:site_name' content='Example Wire'>"
                + "</head><body><nav>Home</nav><p>Militia fighters withdrew.</p></body></html>\"}").get(0).article();
        assertThat(article.sourceId()).isEqualTo("7");
        assertThat(article.text()).isEqualTo("Militia fighters withdrew.");
        assertThat(article.outlet()).isEqualTo("Example Wire");
    }

    @Test
    void reportsBadLinesByFileAndLineWhileReadingGoodOnes() throws IOException {
        List<IngestItem> items = read(
                "{\"id\":\"a\",\"text\":\"First report on the crossing.\"}",
                "{\"id\":\"b\",\"text\":\"Broken",
                "{\"id\":\"c\",\"title\":\"No body\"}",
                "{\"id\":\"d\",\"text\":42}",
                "{\"id\":[1],\"text\":\"Id of the wrong type.\"}",
                "",
                "{\"id\":\"a\",\"text\":\"Same id again.\"}",
                "[1,2]",
                "{\"id\":\"e\",\"text\":\"Bad date.\",\"published\":\"yesterday\"}",
                "{\"id\":\"f\",\"text\":\"Last report on the crossing.\"}");
        assertThat(items).hasSize(9);
        assertThat(items.get(0).article().sourceId()).isEqualTo("a");
        assertThat(items.get(1).error().source()).isEqualTo(source(2));
        assertThat(items.get(1).error().reason()).startsWith("malformed JSON");
        assertThat(items.get(2).error().getMessage()).isEqualTo(source(3) + ": missing both text and html");
        assertThat(items.get(3).error().reason()).isEqualTo("field text must be a string, not number");
        assertThat(items.get(4).error().reason()).isEqualTo("field id must be a string or an integer, not array");
        assertThat(items.get(5).error().getMessage()).isEqualTo(source(7) + ": duplicate id a with different text (first on line 1)");
        assertThat(items.get(6).error().reason()).isEqualTo("not a JSON object");
        assertThat(items.get(7).error().reason()).isEqualTo("field published is not an ISO date: yesterday");
        assertThat(items.get(8).article().sourceId()).isEqualTo("f");
    }

    @Test
    void readsAVerbatimRepeatOfAnArticleAsTheSameArticle() throws IOException {
        List<IngestItem> items = read(
                "{\"id\":\"a\",\"text\":\"First report on the crossing.\",\"label\":1}",
                "{\"id\":\"a\",\"text\":\"First report on the crossing.\",\"label\":2}");
        assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.ok()).isTrue());
        assertThat(items.get(1).article().sourceId()).isEqualTo("a");
        assertThat(items.get(1).article().text()).isEqualTo(items.get(0).article().text());
    }

    @Test
    void rejectsOverlongLineAndContinues() throws IOException {
        ArticleReader small = new ArticleReader(IngestOptions.defaults().withMaxLineBytes(1024));
        Path file = Files.writeString(dir.resolve("long.jsonl"), "{\"text\":\"" + "x".repeat(5000) + "\"}\n"
                + "{\"text\":\"Short report.\"}\n");
        List<IngestItem> items = small.read(file).toList();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).error().getMessage()).isEqualTo(file + ":1: line too long (over 0.0 MB limit)");
        assertThat(items.get(1).ok()).isTrue();
    }

    @Test
    void streamsLazily() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            corpus.append("{\"id\":\"r").append(i).append("\",\"text\":\"Report number ").append(i).append(".\"}\n");
        }
        Path file = Files.writeString(dir.resolve("big.jsonl"), corpus);
        try (Stream<IngestItem> items = reader.read(file)) {
            Iterator<IngestItem> it = items.iterator();
            assertThat(it.next().article().sourceId()).isEqualTo("r0");
            assertThat(it.next().article().sourceId()).isEqualTo("r1");
        }
        assertThat(reader.estimateCount(List.of(file))).isEqualTo(1000);
    }
}
