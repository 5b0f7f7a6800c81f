package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.SyrianFixture;

class QueryCommandsTest {
    @TempDir
    Path dir;
    String db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createKnowledgeBase() {
        db = dir.resolve("kb.db").toString();
        SyrianFixture.create(dir.resolve("kb.db")).close();
    }

    int run(String... args) {
        String[] withDb = new String[args.length + 2];
        System.arraycopy(args, 0, withDb, 0, args.length);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db;
        return OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), withDb);
    }

    @Test
    void actorPrintsAProfileTableFoundByAlias() {
        assertThat(run("actor", "harakat hazm", "--at", "2015-03")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("Hazm Movement (hazm-movement): group", "Relations in force at 2015-03:")
            .containsPattern("rival_of\\s+Al-Nusra Front\\s+Hazm Movement\\s+2015-03")
            .containsPattern("Hazzm\\s+spelling rule\\s+doc-1, doc-2, doc-3");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void relationsPrintsAPairsHistoryOldestFirstWithTheSentences() {
        assertThat(run("relations", "Nusra", "Harakat Hazm")).isEqualTo(OrbatCommand.OK);
        String text = out.toString();
        assertThat(text).contains("Al-Nusra Front and Hazm Movement, oldest first (2 statement(s))");
        assertThat(text.indexOf("ally_of")).isPositive().isLessThan(text.indexOf("rival_of"));
        assertThat(text).contains("Nusra crushes Hazm (2015-03-01)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void actorAsJsonIsOneParsableObject() throws Exception {
        assertThat(run("actor", "Nusra", "--json")).isEqualTo(OrbatCommand.OK);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("id").asText()).isEqualTo("al-nusra-front");
        assertThat(node.get("latest_events")).isNotEmpty();
    }

    @Test
    void unknownActorIsOneLineOnStderrAndExitOne() {
        assertThat(run("actor", "Free Syrian Navy")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).isEqualTo("orbat: unknown actor 'Free Syrian Navy'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badDateExitsOneNamingTheDate() {
        assertThat(run("network", "--at", "March 2015")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).startsWith("orbat: at 'March 2015'").doesNotContain("\n");
    }

    @Test
    void usageErrorExitsTwo() {
        assertThat(run("network", "--depth", "many")).isEqualTo(OrbatCommand.USAGE);
        assertThat(run("evidence")).isEqualTo(OrbatCommand.USAGE);
    }

    @Test
    void networkTableFlipsFromAllyToRival() {
        run("network", "--at", "2014-10");
        assertThat(out.toString()).containsPattern("ally_of\\s+Al-Nusra Front\\s+Hazm Movement");
        out.getBuffer().setLength(0);
        run("network", "--at", "2015-03");
        assertThat(out.toString()).containsPattern("rival_of\\s+Al-Nusra Front\\s+Hazm Movement").doesNotContain("ally_of");
    }

    @Test
    void networkJsonIsOneTiePerLine() throws Exception {
        assertThat(run("network", "--at", "2015-03", "--around", "hazzm", "--depth", "1", "--json")).isEqualTo(OrbatCommand.OK);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(new ObjectMapper().readTree(line).get("fact_ids")).isNotEmpty();
        }
    }

    @Test
    void lineagePrintsTheSuccessionAsADatedChainOfNames() {
        assertThat(run("lineage", "Jabhat al-Nusra")).isEqualTo(OrbatCommand.OK);
        // The registry adds what became of HTS after 2017 (splits, later mergers); the fixture's steps lead.
        assertThat(out.toString()).startsWith(String.join(System.lineSeparator(),
                "Lineage of Al-Nusra Front (renames, mergers and splits, oldest first):",
                "  2016-07     Al-Nusra Front renamed to Jabhat Fateh al-Sham",
                "  2017-01     Jabhat Fateh al-Sham merged into Hayat Tahrir al-Sham"))
            .contains("Before it: -", "After it: Jabhat Fateh al-Sham, Hayat Tahrir al-Sham")
            .doesNotContain("jabhat-fateh-al-sham", "hayat-tahrir-al-sham", "member_of", "Levant Front");
    }

    @Test
    void lineageOfAnActorWithNoSuccessionSaysSo() {
        assertThat(run("lineage", "regime")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString().strip()).isEqualTo("Syrian Government: no renames, mergers or splits known");
    }

    @Test
    void eventsTableAndJsonLinesHonourFiltersAndPages() {
        assertThat(run("events", "--place", "Aleppo", "--limit", "1")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("ID", "doc-2-e1", "page 0: 1 event(s); more with --page 1");
        out.getBuffer().setLength(0);
        assertThat(run("events", "--type", "battle", "--json")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString().strip().split("\n")).singleElement().asString().contains("\"id\":\"doc-2-e0\"");
    }

    @Test
    void negativePageExitsOne() {
        assertThat(run("events", "--page", "-1")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString()).contains("page '-1'");
    }

    @Test
    void evidenceShowsBothTolls() {
        assertThat(run("evidence", "doc-2-e0")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("tolls: 45, 80 (reports disagree)", SyrianFixture.TOLL_SOHR, SyrianFixture.TOLL_HAZM,
            "Nusra crushes Hazm");
    }

    @Test
    void unknownFactExitsOne() {
        assertThat(run("evidence", "nope")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).isEqualTo("orbat: unknown fact 'nope'");
    }

    @Test
    void actorsListsMentionCounts() {
        assertThat(run("actors")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString().split("\n")[1]).containsPattern("hazm-movement\\s+Hazm Movement\\s+group\\s+4");
        out.getBuffer().setLength(0);
        run("actors", "--json");
        assertThat(out.toString().strip().split("\n")).hasSize(6);
    }

    @Test
    void serveRefusesAMissingDatabaseBeforeListening() {
        db = dir.resolve("absent.db").toString();
        assertThat(run("serve", "--port", "0")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString()).contains("absent.db");
    }

    @Test
    void missingDatabaseIsAnErrorNotANewFile() {
        db = dir.resolve("nope.db").toString();
        assertThat(run("actors")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString()).contains("nope.db");
        assertThat(dir.resolve("nope.db")).doesNotExist();
    }
}
