package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id an output names resolves: every actor id in an event or relation is in the export's actor
 * list, and {@code orbat actor ID} answers for it (issue 14: events named {@code us-armed-forces},
 * which {@code orbat actor} did not know).
 */
class ExportActorReferencesTest {
    @TempDir
    static Path dir;
    static String db;
    static JsonNode kb;

    @BeforeAll
    static void ingestAndExport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("report.txt"), "Strikes and a killing near Idlib\n\n"
            + "Russia bombed the town of Saraqeb in Idlib province on Monday, killing four civilians. "
            + "American forces struck a convoy near Raqqa on Sunday. "
            + "Unidentified gunmen shot dead a shepherd near Daraa on Tuesday. "
            + "Residents protested in Sweida on Friday against rising prices.\n");
        db = dir.resolve("kb.db").toString();
        Path json = dir.resolve("kb.json");
        assertThat(run(new StringWriter(), "ingest", "--db", db, in.toString())).isZero();
        assertThat(run(new StringWriter(), "export", "--db", db, "--format", "json", "-o", json.toString())).isZero();
        kb = new ObjectMapper().readTree(json.toFile());
    }

    private static Set<String> named() {
        Set<String> named = new HashSet<>();
        for (JsonNode e : kb.get("events")) {
            for (String field : new String[] {"actors", "side1", "side2"}) {
                e.get(field).forEach(a -> named.add(a.asText()));
            }
        }
        kb.get("relations").forEach(r -> {
            named.add(r.get("source").asText());
            named.add(r.get("target").asText());
        });
        return named;
    }

    @Test
    void everyActorIdAnExportNamesIsInItsActorList() {
        Set<String> listed = new HashSet<>();
        kb.get("actors").forEach(a -> listed.add(a.get("id").asText()));
        assertThat(named()).as("ids the events and relations name").isNotEmpty()
            .contains("civilians-sy", "unidentified-armed-group-sy");
        assertThat(listed).containsAll(named());
    }

    @Test
    void actorCommandAnswersForEveryActorIdAnEventOrRelationNames() {
        assertThat(named()).as("a state's forces among them").contains("us-armed-forces");
        for (String id : named()) {
            StringWriter err = new StringWriter();
            StringWriter out = new StringWriter();
            assertThat(OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), "actor", id, "--db", db))
                .as("orbat actor %s: %s", id, err).isZero();
            assertThat(out.toString()).contains("(" + id + ")");
        }
    }

    private static int run(StringWriter err, String... args) {
        return OrbatCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }
}
