package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/** Releases freeze a knowledge base; diff lists exactly what changed between two of them, around a re-ingest. */
class ReleaseDiffCommandTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void writeArticles() {
        db = dir.resolve("kb.db").toString();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.writeBothArticles(kb);
        }
    }

    @Test
    void aDiffAroundAReingestAndACorrectionListsExactlyTheFactsThatChanged() throws Exception {
        assertThat(IngestCommandTest.run("release", "2015-w10", "--db", db).out()).contains("release 2015-w10 frozen");

        // The edited article no longer reports the abduction; an analyst corrects the battle's toll.
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.editSecondArticle(kb);
        }
        Run fix = IngestCommandTest.run("correct", "fix-event", "doc-first-e0", "--set", "fatalities=50", "--db", db,
            "--by", "ana", "--reason", "later count");
        assertThat(fix.code()).as(fix.err()).isZero();
        assertThat(IngestCommandTest.run("release", "2015-w11", "--db", db).code()).isZero();

        Run diff = IngestCommandTest.run("diff", "2015-w10", "2015-w11", "--db", db);
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("0 added, 1 changed, 1 removed");
        assertThat(diff.out().lines().filter(l -> l.startsWith("removed"))).singleElement().asString().contains("arrest_abduction");
        assertThat(diff.out().lines().filter(l -> l.startsWith("changed"))).singleElement().asString()
            .contains("fatalities").contains("80").contains("50");
        assertThat(IngestCommandTest.run("diff", "2015-w11", "current", "--db", db).out()).contains("No changes from 2015-w11 to current.");

        // The frozen release still exports what it held, whatever happened since.
        Path old = dir.resolve("old.json");
        assertThat(IngestCommandTest.run("export", "--db", db, "--release", "2015-w10", "-o", old.toString()).code()).isZero();
        assertThat(Files.readString(old)).contains("arrest_abduction");
        assertThat(IngestCommandTest.run("events", "--db", db, "--release", "2015-w10").out()).contains("arrest_abduction");

        // The newer release as ACLED-style CSV with its deletions file: the abduction, by the id the older file gave it.
        Path w10 = dir.resolve("w10.csv");
        Path w11 = dir.resolve("w11.csv");
        assertThat(IngestCommandTest.run("export", "--db", db, "--release", "2015-w10", "--format", "acled-csv", "-o", w10.toString()).code()).isZero();
        Run csv = IngestCommandTest.run("export", "--db", db, "--release", "2015-w11", "--format", "acled-csv", "-o", w11.toString(),
            "--deletions-since", "2015-w10");
        assertThat(csv.code()).as(csv.err()).isZero();
        List<String> deletions = Files.readAllLines(dir.resolve("w11.deletions.csv"));
        assertThat(deletions.get(0)).isEqualTo("event_id_cnty,deleted_timestamp");
        assertThat(deletions).hasSize(2);
        String deletedId = deletions.get(1).split(",")[0];
        assertThat(Files.readAllLines(w10)).anyMatch(l -> l.startsWith(deletedId + ",") && l.contains("Abduction"));
        assertThat(Files.readString(w11)).doesNotContain(deletedId);
        assertThat(IngestCommandTest.run("events", "--db", db).out()).doesNotContain("arrest_abduction");
    }

    @Test
    void aReleaseNameIsTakenOnceAndAnUnknownReleaseIsNamed() {
        assertThat(IngestCommandTest.run("release", "v1", "--db", db).code()).isZero();
        Run again = IngestCommandTest.run("release", "v1", "--db", db);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip().lines()).singleElement().asString().contains("Release v1 exists already");
        Run unknown = IngestCommandTest.run("diff", "v1", "v9", "--db", db);
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("No release v9").contains("releases: v1");
        assertThat(IngestCommandTest.run("release", "--list", "--db", db).out()).contains("v1");
        assertThat(IngestCommandTest.run("release", "../etc", "--db", db).err()).contains("A release name is letters");
    }
}
