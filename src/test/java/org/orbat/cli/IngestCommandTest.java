package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.store.JdbcKnowledgeBase;

/** Runs the real pipeline (CoreNLP included) through the command line, as a user would. */
class IngestCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Map<String, Long> counts(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            return kb.counts();
        }
    }

    @Test
    void aRunWithNothingNewToIngestLoadsNoLanguageModels() {
        String db = dir.resolve("kb.db").toString();
        Run first = run("ingest", "--db", db, "samples");
        assertThat(first.err()).contains("ingest: loading language models").contains("ingest: models loaded in");
        Run second = run("ingest", "--db", db, "samples");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("5 unchanged");
        assertThat(second.err()).doesNotContain("loading language models");
    }

    @Test
    void ingestingTheSameFolderTwiceLeavesIdenticalRowCounts() {
        String db = dir.resolve("kb.db").toString();
        Run first = run("ingest", "--db", db, "--threads", "2", "samples");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Ingested 5 article(s), 0 unchanged, 0 failed");
        Map<String, Long> before = counts(db);
        assertThat(before.get("events")).isPositive();
        Run second = run("ingest", "--db", db, "samples");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("Ingested 0 article(s), 5 unchanged, 0 failed");
        assertThat(counts(db)).isEqualTo(before);
        // The ingest ended with the merging pass: another finds every report's merged event recorded already.
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            assertThat(kb.eventsMerged()).isTrue();
            assertThat(kb.mergeEvents(new org.orbat.query.EventMerger()::mergedIds)).isZero();
        }
    }

    @Test
    void badInputsAreReportedOneLineEachWhileGoodOnesAreIngested() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Rebels clash with Islamic State near Marea\n\n"
            + "Islamic State fighters clashed with rebels near Marea in Aleppo province on Monday, activists said.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 0, 0, 9});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 du march\u00e9 attacked".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\": \"a\", \"text\": \"Syrian army shells Douma, killing five civilians.\"}\n"
            + "{not json\n");
        String db = dir.resolve("kb.db").toString();
        Run r = run("ingest", "--db", db, in.toString(), dir.resolve("does-not-exist.txt").toString());
        assertThat(r.code()).isEqualTo(OrbatCommand.FAILED);
        assertThat(r.err().lines().filter(l -> l.startsWith("orbat: "))).hasSize(5)
            .anySatisfy(l -> assertThat(l).contains("empty.txt"))
            .anySatisfy(l -> assertThat(l).contains("binary.txt"))
            .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"))
            .anySatisfy(l -> assertThat(l).contains("lines.jsonl:2"))
            .anySatisfy(l -> assertThat(l).contains("does-not-exist.txt"));
        assertThat(counts(db).get("documents")).isEqualTo(2);
    }

    @Test
    void exportsWhatWasIngestedWithVerbatimEvidence() throws Exception {
        String db = dir.resolve("kb.db").toString();
        assertThat(run("ingest", "--db", db, "samples").code()).isZero();
        Path json = dir.resolve("kb.json");
        Run export = run("export", "--db", db, "--format", "json", "-o", json.toString());
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode kb = new ObjectMapper().readTree(json.toFile());
        assertThat(kb.get("documents")).hasSize(5);
        assertThat(kb.get("actors").findValuesAsText("name")).contains("Jabhat Fateh al-Sham", "Jaysh al-Islam");
        for (JsonNode fact : kb.get("events")) {
            assertThat(fact.get("evidence")).isNotEmpty();
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("ingest").code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run("ingest", "--published", "31/02/2015", "samples").code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run("export", "--format", "xlsx").code()).isEqualTo(OrbatCommand.USAGE);
    }
}
