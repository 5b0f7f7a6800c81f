package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;
import org.orbat.query.SyrianFixture;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * The query commands find what an analyst types, or say in one line what went wrong and what would
 * work (issue 14): places by any gazetteer spelling, "did you mean", the valid values of an option,
 * and a busy port.
 */
class SearchCommandsTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createKnowledgeBase() {
        try (JdbcKnowledgeBase kb = SyrianFixture.create(dir.resolve("kb.db"))) {
            String sentence = "Hazm fighters clashed with IS in Menbij and Tadmor.";
            SyrianFixture.addReport(kb, "doc-9", sentence, new Event("doc-9-e0", EventType.BATTLE, DateValue.month(2015, 6), null,
                List.of("hazm-movement"), List.of(new Place("Menbij", 36.5272, 37.9521, "Aleppo", "SY", "city", "exact"),
                    new Place("Tadmor", 34.5573, 38.2774, "Homs", "SY", "city", "exact")), null,
                List.of(new Evidence("doc-9", 0, sentence, null, null, Stance.ASSERTED))));
        }
    }

    int run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = dir.resolve("kb.db").toString();
        return OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), withDb);
    }

    @Test
    void eventsAtManbijFindsTheBattleTheGazetteerPlacesAtMenbij() {
        assertThat(run("events", "--place", "Manbij")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("doc-9-e0", "page 0: 1 event(s)");
    }

    @Test
    void eventsAtPalmyraFindsTheBattleAtTadmor() {
        assertThat(run("events", "--place", "Palmyra")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("doc-9-e0");
    }

    @Test
    void unknownActorSuggestsLevantFrontInOneLine() {
        assertThat(run("actor", "Levant Frnt")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString()).isEqualTo("orbat: unknown actor 'Levant Frnt'; did you mean Levant Front?" + System.lineSeparator());
    }

    @Test
    void unknownPlaceSuggestsAPlaceEventsHave() {
        assertThat(run("events", "--place", "Khan Shaykhunz")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).isEqualTo("orbat: unknown place 'Khan Shaykhunz'; did you mean Khan Shaykhun?");
    }

    @Test
    void wrongEventTypeListsTheValidTypes() {
        assertThat(run("events", "--type", "battles")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).startsWith("orbat: type 'battles': not an event type; did you mean battle? (one of: ")
            .contains("riot, protest").doesNotContain("\n");
    }

    @Test
    void serveOnABusyPortFailsWithOneLineAndNoStackTrace() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("serve", "--port", Integer.toString(busy.getLocalPort()))).isEqualTo(OrbatCommand.FAILED);
            assertThat(err.toString().strip()).isEqualTo("orbat: cannot serve on 127.0.0.1:" + busy.getLocalPort()
                + ": the port is in use or the address is not this machine's (choose another with --port or --host)");
        }
    }
}
