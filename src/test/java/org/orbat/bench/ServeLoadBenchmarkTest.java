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

/** The load run answers every route without a server error, and a tight rate limit answers 429, never 5xx. */
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
    void readsStayAnsweredWhileAnIngestWritesToTheSameKnowledgeBase() throws Exception {
        Path report = dir.resolve("report.txt");
        java.nio.file.Files.writeString(report, "Clashes near Atarib\n\nFighters of the Hazm Movement clashed with the Nusra Front"
            + " near Atarib on 2 March 2015, killing 12 fighters, a local monitor said.\n");
        StringWriter out = new StringWriter();
        List<ServeLoadBenchmark.RouteResult> results = ServeLoadBenchmark.run(knowledgeBase(), 2, Duration.ofSeconds(3),
            1_000_000, 1_000_000, List.of(report), new PrintWriter(out));
        assertThat(results).allSatisfy(r -> assertThat(r.serverErrors()).isZero());
        assertThat(out.toString()).contains("meanwhile an ingest stored 1 article(s)");
    }

    @Test
    void aTightRateLimitAnswersTooManyRequestsInsteadOfFailing() throws Exception {
        List<ServeLoadBenchmark.RouteResult> results = ServeLoadBenchmark.run(knowledgeBase(), 4, Duration.ofSeconds(2), 5, 5,
            new PrintWriter(new StringWriter()));
        assertThat(results.stream().mapToLong(ServeLoadBenchmark.RouteResult::limited).sum()).isPositive();
        assertThat(results).allSatisfy(r -> assertThat(r.serverErrors()).isZero());
    }
}
