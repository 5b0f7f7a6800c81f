package org.orbat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.lexicon.Language;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.store.DocumentRecord;
import org.orbat.store.EventRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
import org.orbat.testing.ToyLanguagePack;

/**
 * The language seam, proved with Toy ({@link ToyLanguagePack}), a language made up in the test tree: the standard
 * pipeline, unedited, finds its pack, reads a report that states it with Toy's pipeline, trigger words and month
 * names, stores the event in the knowledge base and the document with its language, and in the same run reads an
 * English report as English.
 */
class LanguageSeamTest {
    private static final String TOY_REPORT = "Ribeloj bumbumis Aleppo je 3 Triamo 2024. Soldatoj batalis.";
    private static final String ENGLISH_REPORT = "Government aircraft struck a market in Idlib on Tuesday, killing three"
        + " civilians, residents said.";

    @TempDir
    Path dir;

    @Test
    void aReportInAnAddedLanguageIsReadWithThatLanguagesPipelineAndWordsIntoTheKnowledgeBase() throws Exception {
        Path wire = dir.resolve("wire.jsonl");
        Files.writeString(wire, "{\"id\": \"toy-1\", \"language\": \"qaa\", \"published\": \"2024-03-05\", \"text\": \""
            + TOY_REPORT + "\"}\n{\"id\": \"en-1\", \"published\": \"2016-03-04\", \"text\": \"" + ENGLISH_REPORT + "\"}\n");
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            IngestReport report = StandardPipeline.create(1).ingest(List.of(wire),
                new ArticleReader(IngestOptions.defaults()), kb, ProgressListener.SILENT);
            assertThat(report.failures()).isEmpty();
            assertThat(report.ingested()).isEqualTo(2);

            KnowledgeSnapshot snapshot = kb.snapshot();
            Map<String, DocumentRecord> documents = snapshot.documents().stream()
                .collect(Collectors.toMap(DocumentRecord::sourceId, Function.identity()));
            assertThat(documents.get("toy-1").language()).isEqualTo(ToyLanguagePack.TOY);
            assertThat(documents.get("en-1").language()).isEqualTo(Language.ENGLISH);

            List<EventRecord> toyEvents = kb.readModel().eventsIn(documents.get("toy-1").id());
            assertThat(toyEvents).extracting(EventRecord::type)
                .as("Toy's trigger words, read from lang/qaa/event-triggers.tsv")
                .contains(EventType.REMOTE_VIOLENCE, EventType.BATTLE);
            assertThat(toyEvents).filteredOn(e -> e.type() == EventType.REMOTE_VIOLENCE).extracting(EventRecord::date)
                .as("dated by Toy's month names, not by the publication date")
                .containsExactly(DateValue.day(LocalDate.of(2024, 3, 3)));
            assertThat(kb.readModel().eventsIn(documents.get("en-1").id())).extracting(EventRecord::type)
                .containsExactly(EventType.REMOTE_VIOLENCE);
        }
    }
}
