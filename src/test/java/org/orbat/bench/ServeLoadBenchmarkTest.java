package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/**
 * The load run answers every route without a server error, also while {@code orbat ingest} writes from another process,
 * and a tight rate limit answers 429, never 5xx.
 */
class ServeLoadBenchmarkTest {
    @TempDir
    Path dir;

    private String knowledgeBase() {
        String db = dir.resolve("kb.db").toString();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.writeBothArticles(kb);
        }
        return db;
    }

    @Test
    void concurrentClientsGetEveryRouteAnsweredWithoutServerErrors() throws Exception {
        StringWriter out = new StringWriter();
        List<ServeLoadBenchmark.RouteResult> results = ServeLoadBenchmark.run(knowledgeBase(), 4, Duration.ofSeconds(2),
            1_000_000, 1_000_000, new PrintWriter(out));
        assertThat(results).extracting(ServeLoadBenchmark.RouteResult::route)
            .containsExactlyInAnyOrder("actor", "events", "network around", "network whole", "page");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.serverErrors()).isZero();
            assertThat(r.otherErrors()).isZero();
            assertThat(r.ok()).isPositive();
        });
        assertThat(out.toString()).contains("4 clients for 2 s").contains("p99 ms");
    }

    @Test
    void readsStayAnsweredWhileAnIngestInAnotherProcessWritesToTheSameKnowledgeBase() throws Exception {
        Path reports = java.nio.file.Files.createDirectories(dir.resolve("reports"));
        for (int k = 1; k <= 3; k++) {
            java.nio.file.Files.writeString(reports.resolve("report-" + k + ".txt"), "Clashes near Atarib\n\nFighters of the Hazm"
                + " Movement clashed with the Nusra Front near Atarib on " + k + " March 2015, killing " + (10 + k)
                + " fighters, a local monitor said.\n");
        }
        String db = knowledgeBase();
        long before = documents(db);
        StringWriter out = new StringWriter();
        List<ServeLoadBenchmark.RouteResult> results = ServeLoadBenchmark.run(db, 2, Duration.ZERO, Duration.ofSeconds(3),
            1_000_000, 1_000_000, Duration.ZERO, List.of(reports), 10, new PrintWriter(out));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.serverErrors()).isZero();
            assertThat(r.ok()).isPositive();
        });
        assertThat(documents(db)).as("the other process wrote to the served knowledge base").isGreaterThan(before);
        assertThat(out.toString()).contains("meanwhile an ingest (another process, nice 10) stored");
    }

    private static long documents(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            return kb.counts().get("documents");
        }
    }

    @Test
    void aTightRateLimitAnswersTooManyRequestsInsteadOfFailing() throws Exception {
        List<ServeLoadBenchmark.RouteResult> results = ServeLoadBenchmark.run(knowledgeBase(), 4, Duration.ofSeconds(2), 5, 5,
            new PrintWriter(new StringWriter()));
        assertThat(results.stream().mapToLong(ServeLoadBenchmark.RouteResult::limited).sum()).isPositive();
        assertThat(results).allSatisfy(r -> assertThat(r.serverErrors()).isZero());
    }
}
