package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/** A release is a frozen copy: later writes to the knowledge base do not reach it, on SQLite and PostgreSQL alike. */
class ReleasesTest {
    static List<String> databases() throws java.io.IOException {
        return TestDatabases.all(java.nio.file.Files.createTempDirectory("orbat-releases"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReleaseKeepsWhatTheKnowledgeBaseHeldWhenItWasFrozen(String db) {
        long eventsThen;
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.writeBothArticles(kb);
            eventsThen = kb.counts().get("events");
            kb.release("first");
            CorrectionsSurviveReingestTest.editSecondArticle(kb);
            assertThat(kb.counts().get("events")).isEqualTo(eventsThen - 1);
            assertThat(kb.releases()).extracting(ReleaseRecord::name).containsExactly("first");
        }
        try (JdbcKnowledgeBase release = JdbcKnowledgeBase.openRelease(db, "first")) {
            assertThat(release.counts().get("events")).isEqualTo(eventsThen);
            assertThat(release.snapshot().events()).hasSize((int) eventsThen);
        }
    }
}
