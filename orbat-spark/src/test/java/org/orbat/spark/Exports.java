package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.orbat.export.JsonExporter;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.ProgressListener;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeBase;

/**
 * The single-machine knowledge base the job's output is held against ({@code Pipeline} into SQLite,
 * exported by {@code JsonExporter}, as {@code orbat ingest} and {@code orbat export --format json} do),
 * and the comparison itself.
 */
final class Exports {
    static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /** Ingests {@code corpus} on this machine with {@code threads} workers into a new SQLite {@code db}; its export. */
    static JsonNode singleMachine(Path corpus, Path db, int threads) throws IOException {
        try (KnowledgeBase kb = JdbcKnowledgeBase.open(db.toString())) {
            IngestReport report = StandardPipeline.create(threads).ingest(List.of(corpus),
                new ArticleReader(IngestOptions.defaults()), kb, ProgressListener.SILENT);
            assertThat(report.failures()).isEmpty();
        }
        return of(db.toString());
    }

    /** The JSON export of a stored knowledge base (SQLite file or PostgreSQL URL). */
    static JsonNode of(String db) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            new JsonExporter().write(kb.snapshot(), out);
        }
        return JSON.readTree(out.toByteArray());
    }

    static JsonNode read(Path kbJson) throws IOException {
        return JSON.readTree(kbJson.toFile());
    }

    /** The same knowledge base: the keys first (for a readable failure), then every field. */
    static void assertSameFacts(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("documents")).hasSize(expected.get("documents").size());
        assertThat(keys(actual, "actors", "id")).isNotEmpty().isEqualTo(keys(expected, "actors", "id"));
        assertThat(keys(actual, "relations", "type", "source", "target")).isNotEmpty()
            .isEqualTo(keys(expected, "relations", "type", "source", "target"));
        assertThat(keys(actual, "events", "type", "date", "actors")).isNotEmpty()
            .isEqualTo(keys(expected, "events", "type", "date", "actors"));
        assertThat(actual).isEqualTo(expected);
    }

    /** Each element of {@code array} as the text of its {@code fields}, sorted. */
    private static Set<String> keys(JsonNode kb, String array, String... fields) {
        Set<String> out = new TreeSet<>();
        for (JsonNode n : kb.get(array)) {
            StringBuilder key = new StringBuilder();
            for (String f : fields) {
                key.append(n.get(f)).append(' ');
            }
            out.add(key.toString().strip());
        }
        return out;
    }
}
