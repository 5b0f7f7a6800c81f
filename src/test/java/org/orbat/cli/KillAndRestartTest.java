package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.TestDatabases;

/**
 * Crash safety: {@code orbat ingest} is killed with SIGKILL at random moments (seeded) and restarted
 * each time; the knowledge base it ends with must equal the one an uninterrupted run builds from the
 * same corpus: same documents, same row count per table, same JSON export once ordering is ignored.
 */
class KillAndRestartTest {
    private static final int KILLS = 3;
    private static final String[] PLACES = {"Douma", "Marea", "Atarib", "Idlib", "Hama", "Daraa", "Raqqa", "Homs",
        "Aleppo", "Palmyra"};
    private static final String[] GROUPS = {"Jaysh al-Islam", "Islamic State", "Ahrar al-Sham", "Hazm Movement",
        "Jabhat al-Nusra", "the Syrian army"};

    @TempDir
    Path dir;

    static List<String> databases() throws IOException {
        return TestDatabases.all(Files.createTempDirectory("orbat-kill"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killedAndRestartedIngestEndsWithTheSameKnowledgeBaseAsAnUninterruptedOne(String killedDb) throws Exception {
        Path corpus = corpus();
        String referenceDb = killedDb.startsWith("jdbc:") ? TestDatabases.postgres().orElseThrow()
            : dir.resolve("reference.db").toString();
        long start = System.nanoTime();
        OrbatProcess reference = OrbatProcess.start(dir.resolve("logs"), "ingest", "--db", referenceDb, "--threads", "2",
            corpus.toString());
        assertThat(reference.await()).as(reference.err()).isZero();
        long fullRunMillis = (System.nanoTime() - start) / 1_000_000;

        Random random = new Random(13);
        int killed = 0;
        for (int k = 0; k < KILLS; k++) {
            // Past the ~15 s of model loading most of the time, so most kills land while documents are written.
            long at = (long) (fullRunMillis * (0.35 + 0.6 * random.nextDouble()));
            OrbatProcess run = OrbatProcess.start(dir.resolve("logs"), "ingest", "--db", killedDb, "--threads", "2",
                corpus.toString());
            if (!run.awaitFor(at)) {
                run.kill();
                killed++;
            }
        }
        OrbatProcess last = OrbatProcess.start(dir.resolve("logs"), "ingest", "--db", killedDb, "--threads", "2",
            corpus.toString());
        assertThat(last.await()).as(last.err()).isZero();

        assertThat(counts(killedDb)).isEqualTo(counts(referenceDb));
        assertThat(export(killedDb)).isEqualTo(export(referenceDb));
        System.out.printf("kill and restart (%s): %d SIGKILLs survived, %d documents, 0 facts lost or duplicated%n",
            killedDb.startsWith("jdbc:") ? "PostgreSQL" : "SQLite", killed, counts(killedDb).get("documents"));
    }

    /** The bundled samples plus twenty short generated reports. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, corpus.resolve(sample.getFileName()));
            }
        }
        Random random = new Random(13);
        for (int i = 0; i < 20; i++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String a = GROUPS[random.nextInt(GROUPS.length)];
            String b = GROUPS[random.nextInt(GROUPS.length)];
            Files.writeString(corpus.resolve(String.format("report-%02d.txt", i)), "Fighting near " + place + "\n\n"
                + place.toUpperCase(java.util.Locale.ROOT) + ", March " + (1 + i) + ", 2016 (Reuters) - " + a
                + " fighters clashed with " + b + " near " + place + " on Sunday, killing " + (3 + i)
                + " people, the Syrian Observatory for Human Rights said.\n\n" + b + " later shelled positions held by "
                + a + " in the countryside of " + place + ", activists said.\n");
        }
        return corpus;
    }

    private static Map<String, Long> counts(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            return kb.counts();
        }
    }

    /** The JSON export with every array sorted, so row order (which worker finished first) does not matter. */
    private JsonNode export(String db) throws IOException {
        Path out = Files.createTempFile(dir, "export", ".json");
        StringWriter err = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export", "--db", db,
            "--format", "json", "-o", out.toString());
        assertThat(code).as(err.toString()).isZero();
        return canonical(new ObjectMapper().readTree(out.toFile()));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = object.objectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> sorted.set(name, canonical(object.get(name))));
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(canonical(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode sorted = array.arrayNode();
            items.forEach(sorted::add);
            return sorted;
        }
        return node;
    }
}
