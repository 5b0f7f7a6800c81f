package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.DisagreeingReports;
import org.orbat.query.SyrianFixture;

/** {@code orbat events} and {@code orbat evidence} show one event per happening and where its sources disagree. */
class MergedEventCommandsTest {
    @TempDir
    Path dir;
    String db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createKnowledgeBase() {
        db = dir.resolve("kb.db").toString();
        DisagreeingReports.add(SyrianFixture.create(dir.resolve("kb.db"))).close();
    }

    int run(String... args) {
        String[] withDb = new String[args.length + 2];
        System.arraycopy(args, 0, withDb, 0, args.length);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db;
        return OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), withDb);
    }

    @Test
    void eventsListsTheBattleOnceWithItsTollRangeAndEachReportsDate() {
        assertThat(run("events", "--actor", "Hazzm", "--type", "battle")).isEqualTo(OrbatCommand.OK);
        String text = out.toString();
        assertThat(text).containsPattern("doc-2-e0\\s+2015-02-28/2015-03-01\\s+battle.*45-80\\s+2 \\(2015-02-28/2015-03-01; undated\\)")
            .doesNotContain("doc-4-e0");
        assertThat(text).containsPattern("doc-5-e0\\s+undated\\s+battle");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void eventsWithAPeriodListsTheUndatedAfterTheDatedOrLeavesThemOutWhenAsked() {
        assertThat(run("events", "--actor", "Hazzm", "--to", "2015-03")).isEqualTo(OrbatCommand.OK);
        String with = out.toString();
        assertThat(with.indexOf("doc-2-e0")).isPositive().isLessThan(with.indexOf("doc-5-e0"));
        out.getBuffer().setLength(0);
        assertThat(run("events", "--actor", "Hazzm", "--to", "2015-03", "--undated", "without")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("doc-2-e0").doesNotContain("doc-5-e0");
    }

    @Test
    void evidenceOfAMergedReportShowsEveryReportsDateAndToll() {
        assertThat(run("evidence", "doc-4-e0")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("event doc-2-e0 battle")
            .contains("tolls: 45, 60, 80 (reports disagree)")
            .contains("reports: doc-2-e0 2015-02-28/2015-03-01, toll 45; doc-4-e0 undated, toll 60")
            .contains("toll 60, report undated");
    }
}
