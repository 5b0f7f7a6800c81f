package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in {@code local[2]} on the five seed reports and holds its knowledge base against the
 * single-machine one ({@code Pipeline} into SQLite, {@code JsonExporter}) over the same JSONL: the
 * same actors, relations and events. With a PostgreSQL server ({@code ORBAT_TEST_PG}, set by
 * {@code scripts/test.sh}) the job also stores into a fresh database, which must export the same and
 * hold each document written once. A second run over a grown corpus, given the first's output,
 * processes only the new and changed articles and ends with the same knowledge base.
 */
class SparkIngestJobTest {
    private static SparkSession spark;

    /** The corpus file, at one path for every test: documents name the file they were read from. */
    @TempDir
    static Path shared;

    /** The single-machine export of the five seeds, made once. */
    private static JsonNode seedsExport;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("orbat-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            // Loopback only: left alone, Spark binds to the machine's first non-loopback address.
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
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
        Path corpus = writeCorpus(seeds());
        Optional<String> postgres = TestPostgres.freshWithWriteLog();

        SparkIngestJob.Summary summary = SparkIngestJob.run(spark, args(corpus, dir.resolve("out"), postgres, null));

        assertThat(summary.documents()).isEqualTo(5);
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.rejected()).isZero();
        for (String table : List.of("documents", "actors", "aliases", "relations", "evidence", "events", "event_actors",
                "event_places")) {
            assertThat(dir.resolve("out").resolve(table)).isDirectoryContaining("glob:**.parquet");
        }
        Exports.assertSameFacts(Exports.read(dir.resolve("out/kb.json")), seedsExport());
        if (postgres.isPresent()) {
            Exports.assertSameFacts(Exports.of(postgres.get()), seedsExport());
            assertThat(TestPostgres.documentWrites(postgres.get())).hasSize(5).allSatisfy((source, writes) ->
                assertThat(writes).as(source).isEqualTo(1));
        }
    }

    @Test
    void aRunOverAGrownCorpusProcessesOnlyTheNewAndChangedArticles(@TempDir Path dir) throws Exception {
        Map<String, String> seeds = seeds();
        List<String> ids = new ArrayList<>(seeds.keySet());
        // The first corpus: three reports, the second of them in an earlier version (a sentence shorter).
        Map<String, String> earlier = new LinkedHashMap<>();
        for (String id : ids.subList(0, 3)) {
            earlier.put(id, seeds.get(id));
        }
        earlier.put(ids.get(1), seeds.get(ids.get(1)).strip() + "\n\nResidents said the main road out of the town was closed.\n");
        Optional<String> postgres = TestPostgres.freshWithWriteLog();

        SparkIngestJob.Summary first = SparkIngestJob.run(spark, args(writeCorpus(earlier), dir.resolve("run-1"), postgres, null));
        SparkIngestJob.Summary second = SparkIngestJob.run(spark,
            args(writeCorpus(seeds), dir.resolve("run-2"), postgres, dir.resolve("run-1")));

        assertThat(first.documents()).isEqualTo(3);
        assertThat(second.documents()).as("the changed report and the two new ones").isEqualTo(3);
        assertThat(second.unchanged()).as("the two reports as they were").isEqualTo(2);
        assertThat(second.rejected()).isZero();
        Exports.assertSameFacts(Exports.read(dir.resolve("run-2/kb.json")), seedsExport());
        if (postgres.isPresent()) {
            Exports.assertSameFacts(Exports.of(postgres.get()), seedsExport());
            Map<String, Integer> writes = TestPostgres.documentWrites(postgres.get());
            assertThat(writes).hasSize(5);
            for (String id : ids) {
                assertThat(writes.get("id:" + id)).as(id).isEqualTo(id.equals(ids.get(1)) ? 2 : 1);
            }
        }
    }

    private static String[] args(Path corpus, Path output, Optional<String> postgres, Path previous) {
        List<String> args = new ArrayList<>(List.of("--input", corpus.toString(), "--output", output.toString(),
            "--partitions", "2"));
        postgres.ifPresent(url -> args.addAll(List.of("--jdbc", url)));
        if (previous != null) {
            args.addAll(List.of("--previous", previous.toString()));
        }
        return args.toArray(String[]::new);
    }

    private static JsonNode seedsExport() throws IOException {
        if (seedsExport == null) {
            seedsExport = Exports.singleMachine(writeCorpus(seeds()), shared.resolve("single.db"), 1);
        }
        return seedsExport;
    }

    /** The seed reports by id (their file name), in order; the test is skipped without them. */
    private static Map<String, String> seeds() throws IOException {
        Path seeds = Path.of(System.getProperty("orbat.root", "..")).resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "skipped: no seed reports at " + seeds);
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    /** Writes the reports as the JSONL corpus, one line each, {@code id} and {@code text}. */
    private static Path writeCorpus(Map<String, String> reports) throws IOException {
        Path out = shared.resolve("corpus.jsonl");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> r : reports.entrySet()) {
                w.write(Exports.JSON.writeValueAsString(Map.of("id", r.getKey(), "text", r.getValue())));
                w.write('\n');
            }
        }
        return out;
    }
}
