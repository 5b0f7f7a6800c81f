package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.OrbatException;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.model.Event;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.ProgressListener;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * The synthetic news: the same seed writes the same file, another seed another, every line is an article {@code orbat
 * ingest} reads, and ingesting a sample yields events with actors and places, as real reports do.
 */
class ArticleGeneratorTest {
    private static ArticleGenerator seed5;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadGenerator() {
        seed5 = ArticleGenerator.standard(5, 2024);
    }

    @Test
    void theSameSeedWritesTheSameFileAndAnotherSeedAnother() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path again = dir.resolve("again.jsonl");
        Path other = dir.resolve("other.jsonl");
        seed5.write(first, 40);
        ArticleGenerator.standard(5, 2024).write(again, 40);
        ArticleGenerator.standard(6, 2024).write(other, 40);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(other)).doesNotContainAnyElementsOf(Files.readAllLines(first));
        assertThat(seed5.article(17)).as("an article does not depend on how many are written").isEqualTo(seed5.article(17));
    }

    @Test
    void everyLineIsADatedTitledArticleOfOneOutletInTheYear() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        seed5.write(file, 200);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(200);
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            ids.add(a.path("id").asText());
            assertThat(a.path("title").asText()).isNotBlank();
            assertThat(a.path("outlet").asText()).isNotBlank();
            assertThat(LocalDate.parse(a.path("published").asText()).getYear()).isEqualTo(2024);
            String text = a.path("text").asText();
            assertThat(text.split("\n\n")).hasSizeBetween(3, 7);
            assertThat(text).doesNotContain("{").doesNotContain("}");
        }
        assertThat(ids).as("one id per article").hasSize(200);
        Set<String> texts = lines.stream().map(l -> l.substring(l.indexOf("\"text\""))).collect(Collectors.toSet());
        assertThat(texts).as("articles differ").hasSizeGreaterThan(190);
    }

    @Test
    void aTemplateWithoutATriggerOfItsTypeIsRejectedNamingItsLine() {
        Map<String, List<String>> triggers = ArticleTemplates.phrases(org.orbat.lexicon.Language.ENGLISH.resource("event-triggers.tsv"));
        assertThatThrownBy(() -> ArticleTemplates.load("/bench/untriggered-templates.tsv", triggers, Map.of()))
            .isInstanceOf(OrbatException.class).hasMessageContaining("untriggered-templates.tsv:2").hasMessageContaining("battle");
    }

    @Test
    void ingestingAGeneratedSampleYieldsEventsWithActorsAndPlaces() throws Exception {
        int articles = 16;
        Path file = dir.resolve("sample.jsonl");
        seed5.write(file, articles);
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            IngestReport report = StandardPipeline.create(2).ingest(List.of(file), new ArticleReader(IngestOptions.defaults()), kb,
                ProgressListener.SILENT);
            assertThat(report.failures()).isEmpty();
            assertThat(report.ingested()).isEqualTo(articles);
            List<Event> events = kb.snapshot().events();
            assertThat(events).as("each article leads with an incident").hasSizeGreaterThanOrEqualTo(articles);
            assertThat(events.stream().filter(e -> !e.locations().isEmpty()).count()).as("events placed by the gazetteer")
                .isGreaterThanOrEqualTo(events.size() * 3L / 4);
            assertThat(events.stream().filter(e -> !e.actors().isEmpty()).count()).as("events with a named side")
                .isGreaterThanOrEqualTo(events.size() / 2L);
            assertThat(events.stream().filter(e -> e.fatalities() != null && e.fatalities() > 0).count()).as("tolls read")
                .isPositive();
            assertThat(kb.counts().get("relations")).as("relation sentences read").isPositive();
        }
    }
}
