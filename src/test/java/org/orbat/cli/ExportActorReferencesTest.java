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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never names an actor it does not describe: every id in an event or relation is in its actor list. */
class ExportActorReferencesTest {
    @TempDir
    Path dir;

    @Test
    void everyActorIdAnExportNamesIsInItsActorList() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("report.txt"), "Strikes and a killing near Idlib\n\n"
            + "Russia bombed the town of Saraqeb in Idlib province on Monday, killing four civilians. "
            + "Unidentified gunmen shot dead a shepherd near Daraa on Tuesday. "
            + "Residents protested in Sweida on Friday against rising prices.\n");
        String db = dir.resolve("kb.db").toString();
        Path json = dir.resolve("kb.json");
        assertThat(run("ingest", "--db", db, in.toString())).isZero();
        assertThat(run("export", "--db", db, "--format", "json", "-o", json.toString())).isZero();
        JsonNode kb = new ObjectMapper().readTree(json.toFile());
        Set<String> listed = new HashSet<>();
        kb.get("actors").forEach(a -> listed.add(a.get("id").asText()));
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
        assertThat(named).as("ids the events and relations name").isNotEmpty()
            .contains("civilians-sy", "unidentified-armed-group-sy");
        assertThat(listed).containsAll(named);
    }

    private static int run(String... args) {
        return OrbatCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }
}
