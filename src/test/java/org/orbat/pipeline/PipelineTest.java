package org.orbat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.nlp.CoreNlpPipeline;
import org.orbat.store.JdbcKnowledgeBase;

/** The standard pipeline over files written for the test, with CoreNLP itself (counted as it is loaded). */
class PipelineTest {
    private static final String FIRST = "Rebels of the Example Front clashed with government forces near Aleppo on Monday,"
        + " killing four fighters, a monitor said.\n";
    private static final String SECOND = "Government aircraft struck a market in Idlib on Tuesday, killing three civilians,"
        + " residents said.\n";

    @TempDir
    Path dir;

    private final AtomicInteger loads = new AtomicInteger();

    private Pipeline pipeline() {
        return StandardPipeline.create(() -> {
            loads.incrementAndGet();
            return new CoreNlpPipeline();
        }, 2);
    }

    private IngestReport ingest(Pipeline pipeline, JdbcKnowledgeBase kb, Path... inputs) {
        return pipeline.ingest(List.of(inputs), new ArticleReader(IngestOptions.defaults()), kb, ProgressListener.SILENT);
    }

    @Test
    void aRunWithNothingNewStoresNothingAndNeverLoadsTheModels() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("first.txt"), FIRST);
        Files.writeString(folder.resolve("second.txt"), SECOND);
        Pipeline pipeline = pipeline();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            IngestReport first = ingest(pipeline, kb, folder);
            assertThat(first.ingested()).isEqualTo(2);
            assertThat(first.failures()).isEmpty();
            assertThat(kb.counts().get("documents")).isEqualTo(2);
            assertThat(kb.counts().get("events")).isPositive();
            long events = kb.counts().get("events");

            loads.set(0);
            IngestReport again = pipeline().ingest(List.of(folder), new ArticleReader(IngestOptions.defaults()), kb,
                ProgressListener.SILENT);
            assertThat(again.ingested()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(loads).as("CoreNLP pipelines loaded for a run with nothing new").hasValue(0);
            assertThat(kb.counts().get("events")).isEqualTo(events);
        }
    }

    @Test
    void aChangedArticleReplacesItsFactsAndABadLineIsReportedWhileTheRestIsStored() throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, FIRST);
        Path lines = dir.resolve("wire.jsonl");
        Files.writeString(lines, "{\"id\": \"w-1\", \"text\": \"" + SECOND.strip() + "\"}\n{\"id\": \"w-2\", \"text\": 42}\n");
        Pipeline pipeline = pipeline();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            IngestReport first = ingest(pipeline, kb, report, lines);
            assertThat(first.ingested()).isEqualTo(2);
            assertThat(first.failures()).singleElement().asString().contains("wire.jsonl").contains("2");

            Files.writeString(report, SECOND.replace("Idlib", "Hama"));
            IngestReport second = ingest(pipeline, kb, report, lines);
            assertThat(second.ingested()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(kb.counts().get("documents")).isEqualTo(2);
        }
    }
}
