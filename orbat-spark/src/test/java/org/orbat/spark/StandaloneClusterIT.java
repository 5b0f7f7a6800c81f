package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The job on a real Spark standalone cluster: a master and two workers of one core each, separate
 * JVMs on this machine (loopback only), the job submitted in client mode with its libraries shipped
 * by {@code --jars}, as {@code docs/spark.md} tells. Its {@code kb.json} must equal the single-machine
 * export of the same corpus; then, in a second run, one worker and its executor are killed (SIGKILL)
 * while the articles are being processed: the job must still finish with the same {@code kb.json}, and
 * PostgreSQL must hold every document, each written once.
 *
 * <p>The corpus is the first {@value #FAKES_LINES} lines of the FA-KES dev articles and the seed reports,
 * read from {@code ../shared}: enough work (some 200 articles, half a minute for each executor on a quiet
 * machine) for the kill to land in the middle of it, little enough for the suite's time. Logs of every
 * process are kept under {@code target/cluster-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
    private static final Path HOME = Path.of("target", "cluster-it").toAbsolutePath();
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    private static final String JOB = "org.orbat.spark.SparkIngestJob";
    private static final int PARTITIONS = 8;
    private static final int FAKES_LINES = 200;

    private static StandaloneCluster cluster;
    private static Path corpus;
    private static int articles;
    private static CompletableFuture<JsonNode> singleMachine;

    @BeforeAll
    static void startCluster() throws IOException {
        Path shared = Path.of(System.getProperty("orbat.root", "..")).resolve("../shared").normalize();
        assumeTrue(Files.isRegularFile(shared.resolve("corpus/fakes-dev.jsonl")) && Files.isDirectory(shared.resolve("seeds")),
            "skipped: no corpus at " + shared);
        deleteRecursively(HOME);
        Files.createDirectories(HOME);
        corpus = writeCorpus(shared, HOME.resolve("corpus.jsonl"));
        // The reference is made in this JVM while the cluster starts and runs: the two share the machine's cores.
        Path db = HOME.resolve("single-machine.db");
        singleMachine = CompletableFuture.supplyAsync(() -> {
            try {
                return Exports.singleMachine(corpus, db, 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        cluster = StandaloneCluster.start(HOME, sparkJars(), javaOptions(), 2, 1, "3g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
        if (singleMachine != null) {
            singleMachine.cancel(true);
        }
    }

    @Test
    @Order(1)
    void aJobOnTwoWorkersMatchesTheSingleMachineExport() throws Exception {
        Optional<String> postgres = TestPostgres.freshWithWriteLog();
        Path out = HOME.resolve("run-1");

        Process driver = submit("run-1", out, postgres);
        awaitExit(driver, "run-1");

        assertThat(driver.exitValue()).as("exit code; see %s", log("run-1")).isZero();
        assertThat(Files.readString(log("run-1"))).contains(articles + " documents processed, 0 unchanged, 0 rejected");
        JsonNode reference = singleMachine.get(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
        Exports.assertSameFacts(Exports.read(out.resolve("kb.json")), reference);
        if (postgres.isPresent()) {
            Exports.assertSameFacts(Exports.of(postgres.get()), reference);
        }
    }

    @Test
    @Order(2)
    void aJobThatLosesAWorkerMidRunFinishesWithTheSameKnowledgeBaseAndWritesEachDocumentOnce() throws Exception {
        Optional<String> postgres = TestPostgres.freshWithWriteLog();
        assumeTrue(postgres.isPresent(), "skipped: no PostgreSQL server (ORBAT_TEST_PG) to tell when the run is half done");
        String url = postgres.get();
        Path out = HOME.resolve("run-2");

        Process driver = submit("run-2", out, postgres);
        // Kill once a fifth of the articles are stored: both executors are processing articles then.
        int stored = awaitStored(driver, url, Math.max(1, articles / 5));
        Process worker = cluster.workers().get(0);
        List<ProcessHandle> executors = worker.descendants().toList();
        assertThat(executors).as("the worker's executor JVM").isNotEmpty()
            .allSatisfy(e -> assertThat(e.info().commandLine().orElse("CoarseGrainedExecutorBackend"))
                .contains("CoarseGrainedExecutorBackend"));
        executors.forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        for (ProcessHandle p : concat(executors, worker.toHandle())) {
            p.onExit().get(1, TimeUnit.MINUTES);
            assertThat(p.isAlive()).isFalse();
        }
        awaitExit(driver, "run-2");

        assertThat(stored).as("documents stored when the worker was killed").isLessThan(articles);
        String driverLog = Files.readString(log("run-2"));
        assertThat(driverLog).as("the driver saw the executor go").containsPattern("Lost executor \\d+");
        assertThat(driver.exitValue()).as("exit code; see %s", log("run-2")).isZero();
        assertThat(driverLog).contains(articles + " documents processed, 0 unchanged, 0 rejected");
        JsonNode reference = singleMachine.get(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
        Exports.assertSameFacts(Exports.read(out.resolve("kb.json")), reference);
        Exports.assertSameFacts(Exports.of(url), reference);
        assertThat(TestPostgres.documents(url)).isEqualTo(articles);
        Map<String, Integer> writes = TestPostgres.documentWrites(url);
        assertThat(writes).hasSize(articles);
        assertThat(writes.entrySet().stream().filter(w -> w.getValue() != 1).map(Map.Entry::getKey).toList())
            .as("documents written more than once").isEmpty();
    }

    private static Process submit(String name, Path out, Optional<String> postgres) throws IOException {
        Path events = Files.createDirectories(HOME.resolve("events"));
        Map<String, String> conf = new TreeMap<>(Map.of(
            "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.executor.memory", "3g",
            "spark.executor.cores", "1",
            "spark.cores.max", "2",
            "spark.ui.enabled", "false",
            "spark.sql.shuffle.partitions", String.valueOf(PARTITIONS),
            // The event log keeps each executor's peak heap (for docs/spark.md's sizing), readable in Spark's history server.
            "spark.eventLog.enabled", "true",
            "spark.eventLog.dir", events.toUri().toString(),
            "spark.eventLog.logStageExecutorMetrics", "true"));
        List<String> args = new ArrayList<>(List.of("--input", corpus.toString(), "--output", out.toString(),
            "--partitions", String.valueOf(PARTITIONS)));
        postgres.ifPresent(url -> args.addAll(List.of("--jdbc", url)));
        return cluster.submit(log(name), "1536m", conf, applicationJars(), Path.of(System.getProperty("orbat.spark.jar")),
            JOB, args);
    }

    /** Waits until the database holds at least {@code wanted} documents; how many it held then. */
    private static int awaitStored(Process driver, String url, int wanted) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline) && driver.isAlive()) {
            int stored = TestPostgres.documents(url);
            if (stored >= wanted) {
                return stored;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job stored fewer than " + wanted + " documents before it ended or timed out; see "
            + log("run-2"));
    }

    private static void awaitExit(Process driver, String name) throws InterruptedException {
        if (!driver.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
            throw new AssertionError(name + " did not finish in " + RUN_TIMEOUT + "; see " + log(name));
        }
    }

    private static Path log(String name) {
        return HOME.resolve("driver-" + name + ".log");
    }

    /** The corpus: the first FA-KES dev articles, then the seed reports as JSONL lines. */
    private static Path writeCorpus(Path shared, Path out) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(shared.resolve("corpus/fakes-dev.jsonl"), StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        lines = new ArrayList<>(lines.subList(0, Math.min(FAKES_LINES, lines.size())));
        try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.add(Exports.JSON.writeValueAsString(Map.of("id", "seed-" + f.getFileName(), "text", Files.readString(f))));
            }
        }
        Set<String> ids = lines.stream().map(StandaloneClusterIT::id).collect(Collectors.toSet());
        articles = ids.size();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        return out;
    }

    private static String id(String jsonLine) {
        try {
            return Exports.JSON.readTree(jsonLine).path("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What stands for a Spark installation's {@code jars/}: the test class path but the application's own jars (the
     * core and CoreNLP), which the job ships to the executors with {@code --jars}, as on a real cluster.
     */
    private static List<Path> sparkJars() throws IOException {
        Set<String> application = applicationJars().stream().map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("orbat-") || n.startsWith("stanford-corenlp-")).collect(Collectors.toSet());
        String classpath = Files.readString(Path.of(System.getProperty("orbat.test.classpath"))).strip();
        return Arrays.stream(classpath.split(java.io.File.pathSeparator)).map(Path::of)
            .filter(p -> p.toString().endsWith(".jar") && !application.contains(p.getFileName().toString())).toList();
    }

    /** The job's libraries, as {@code docs/spark.md} passes them: every jar in {@code target/lib}. */
    private static List<Path> applicationJars() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("orbat.spark.lib")))) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<String> javaOptions() {
        return Arrays.stream(System.getProperty("orbat.spark.java.options", "").trim().split("\\s+"))
            .filter(s -> !s.isEmpty()).toList();
    }

    private static List<ProcessHandle> concat(List<ProcessHandle> a, ProcessHandle b) {
        List<ProcessHandle> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
