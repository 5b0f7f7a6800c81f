package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.export.JsonExporter;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.ProgressListener;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeBase;

/**
 * Runs the job in {@code local[2]} on the five seed reports and holds its knowledge base against the
 * single-machine one ({@code Pipeline} into SQLite, {@code JsonExporter}) over the same JSONL: the
 * same actors, relations and events. With a PostgreSQL server ({@code ORBAT_TEST_PG}, set by
 * {@code scripts/test.sh}) the job also stores into a fresh database, which must export the same.
 */
class SparkIngestJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("orbat-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void matchesTheSingleMachineExportOnTheSeeds(@TempDir Path dir) throws Exception {
        Path seeds = Path.of(System.getProperty("orbat.root", "..")).resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "skipped: no seed reports at " + seeds);
        Path corpus = jsonl(seeds, dir.resolve("seeds.jsonl"));

        JsonNode single = singleMachineExport(corpus, dir.resolve("single.db").toString());
        Optional<String> postgres = freshPostgres();
        List<String> args = new java.util.ArrayList<>(List.of("--input", corpus.toString(),
            "--output", dir.resolve("out").toString(), "--partitions", "2"));
        postgres.ifPresent(url -> args.addAll(List.of("--jdbc", url)));

        SparkIngestJob.Summary summary = SparkIngestJob.run(spark, args.toArray(String[]::new));

        assertThat(summary.documents()).isEqualTo(5);
        assertThat(summary.rejected()).isZero();
        for (String table : List.of("documents", "actors", "aliases", "relations", "evidence", "events", "event_actors",
                "event_places")) {
            assertThat(dir.resolve("out").resolve(table)).isDirectoryContaining("glob:**.parquet");
        }
        JsonNode distributed = JSON.readTree(dir.resolve("out/kb.json").toFile());
        assertSameFacts(distributed, single);
        if (postgres.isPresent()) {
            assertSameFacts(export(postgres.get()), single);
        }
    }

    private static void assertSameFacts(JsonNode actual, JsonNode expected) {
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

    /** The seeds as JSONL: one line each, {@code id} the file name, {@code text} its content. */
    private static Path jsonl(Path seeds, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                w.write(JSON.writeValueAsString(java.util.Map.of("id", f.getFileName().toString(),
                    "text", Files.readString(f))));
                w.write('\n');
            }
        }
        return out;
    }

    private static JsonNode singleMachineExport(Path corpus, String db) throws IOException {
        try (KnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            IngestReport report = StandardPipeline.create(1).ingest(List.of(corpus),
                new ArticleReader(IngestOptions.defaults()), kb, ProgressListener.SILENT);
            assertThat(report.failures()).isEmpty();
        }
        return export(db);
    }

    private static JsonNode export(String db) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            new JsonExporter().write(kb.snapshot(), out);
        }
        return JSON.readTree(out.toByteArray());
    }

    /** A new, empty database on the suite's PostgreSQL server, when there is one. */
    private static Optional<String> freshPostgres() throws SQLException {
        String admin = System.getenv("ORBAT_TEST_PG");
        if (admin == null || admin.isBlank()) {
            return Optional.empty();
        }
        String name = "orbat_spark_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return Optional.of(admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
    }
}
