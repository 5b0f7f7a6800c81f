package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/** The review queue: least confident and most consequential first, one key per event, answers become corrections. */
class ReviewCommandTest {
    @TempDir
    Path dir;

    private String db;
    private final InputStream stdin = System.in;

    @BeforeEach
    void writeArticles() {
        db = dir.resolve("kb.db").toString();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.writeBothArticles(kb);
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void theQueueListsEveryEventWithItsConfidenceAndEvidenceOrderedByPriority() {
        Run list = IngestCommandTest.run("review", "--list", "--db", db);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("[1/8]").contains("[8/8]").contains("relation rival_of: al-Nusra Front -> Hazm Movement").contains("confidence 0.").contains("\"Hazzm fighters clashed");
        assertThat(list.out()).doesNotContain("[a]ccept");
    }

    @Test
    void acceptingAndRejectingWriteCorrectionsAndTheQueueDoesNotAskAgain() {
        System.setIn(new ByteArrayInputStream("a\nr\nq\n".getBytes(StandardCharsets.UTF_8)));
        Run review = IngestCommandTest.run("review", "--by", "ana", "--db", db);
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).contains("correction #1: confirmed").contains("correction #2: rejected");

        Run log = IngestCommandTest.run("corrections", "--db", db);
        assertThat(log.out()).contains("confirm-event").contains("reject-event").contains("review: accepted at confidence");
        assertThat(IngestCommandTest.run("review", "--list", "--db", db).out()).contains("[1/6]").doesNotContain("[7/");
    }

    @Test
    void reviewingNeedsAName() {
        Run run = IngestCommandTest.run("review", "--db", db);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Give --by NAME");
    }
}
