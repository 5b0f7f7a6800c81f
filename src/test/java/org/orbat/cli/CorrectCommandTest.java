package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/** The correction commands as an analyst uses them: names instead of ids, one-line refusals, the stale list. */
class CorrectCommandTest {
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

    private Run correct(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "correct";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--db", db, "--by", "ana", "--reason", "checked the report"}, 0, all, args.length + 1, 6);
        return IngestCommandTest.run(all);
    }

    @Test
    void actorsAreNamedByAnyAliasAndTheMergeShowsInTheActorList() {
        Run merge = correct("merge-actors", "Jabhat al-Nusra", "--set", "into=Nusra");
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("correction #1: merge-actors jabhat-al-nusra: jabhat-al-nusra merged into al-nusra-front");

        Run actors = IngestCommandTest.run("actors", "--db", db);
        assertThat(actors.out()).contains("al-Nusra Front").doesNotContain("Jabhat al-Nusra  ");
        Run log = IngestCommandTest.run("corrections", "--db", db);
        assertThat(log.out()).contains("merge-actors").contains("holds").contains("ana").contains("checked the report");
    }

    @Test
    void aRelationIsNamedByTypeAndPartiesAndAPlaceBySpelling() {
        Run reject = correct("reject-relation", "ally_of|Syria Revolutionaries Front|Hazm Movement");
        assertThat(reject.code()).as(reject.err()).isZero();
        assertThat(reject.out()).contains("ally_of|hazm-movement|srf").contains("1 statement(s) removed");

        Run fix = correct("fix-event", "doc-first-e1", "--set", "place=Kafr Nuran", "--set", "country=SY");
        assertThat(fix.code()).as(fix.err()).isZero();
        assertThat(IngestCommandTest.run("corrections", "--db", db).out()).contains("fix-event").contains("fixed");
    }

    @Test
    void evidenceShowsWhoCorrectedAFactAndWhy() {
        assertThat(correct("fix-event", "doc-first-e0", "--set", "fatalities=50").code()).isZero();
        Run evidence = IngestCommandTest.run("evidence", "doc-first-e0", "--db", db);
        assertThat(evidence.code()).as(evidence.err()).isZero();
        assertThat(evidence.out()).contains("correction #1 fix-event by ana").contains("checked the report").contains("fixed");
        assertThat(IngestCommandTest.run("evidence", "doc-first-e0", "--json", "--db", db).out()).contains("\"corrections\":[{\"id\":1");
    }

    @Test
    void aStaleCorrectionIsListedAndMakesTheStaleListFail() {
        assertThat(correct("reject-event", "doc-second-e1").code()).isZero();
        assertThat(IngestCommandTest.run("corrections", "--db", db, "--stale").out()).contains("No stale corrections.");
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.editSecondArticle(kb);
        }
        Run stale = IngestCommandTest.run("corrections", "--db", db, "--stale");
        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.out()).contains("doc-second-e1").contains("STALE").contains("no longer states");
    }

    @Test
    void badInputGetsOneLineNamingTheProblemAndWritesNothing() {
        Run unknownAction = correct("delete-everything", "Hazm");
        assertThat(unknownAction.code()).isEqualTo(2);
        assertThat(unknownAction.err()).contains("Unknown correction: delete-everything").contains("merge-actors");

        Run noEvent = correct("reject-event", "doc-first-e99");
        assertThat(noEvent.code()).isEqualTo(1);
        assertThat(noEvent.err().strip().lines()).singleElement().asString()
            .contains("correct reject-event doc-first-e99").contains("No event doc-first-e99");

        Run noActor = correct("set-kind", "Hazm Brigadez Unknown", "--set", "kind=group");
        assertThat(noActor.code()).isEqualTo(1);
        assertThat(noActor.err()).doesNotContain("Exception");
        assertThat(IngestCommandTest.run("corrections", "--db", db).out()).contains("No corrections.");
    }
}
