package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.TestDatabases;

/**
 * Two {@code orbat ingest} runs write overlapping inputs into one fresh PostgreSQL database at once
 * (both open it, so both run its migrations); the result must equal a single run's: no document or
 * fact lost or stored twice. Runs only when the suite was given a server ({@code ORBAT_TEST_PG}).
 */
@EnabledIfEnvironmentVariable(named = "ORBAT_TEST_PG", matches = ".+")
class ConcurrentPostgresIngestTest {
    private static int ingest(String... args) {
        StringWriter err = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static Map<String, Long> counts(String url) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
            return kb.counts();
        }
    }

    @Test
    void twoIngestRunsIntoOnePostgresDatabaseEqualASingleRun() throws Exception {
        String single = TestDatabases.postgres().orElseThrow();
        ingest("ingest", "--db", single, "--threads", "1", "samples");
        Map<String, Long> expected = counts(single);

        String shared = TestDatabases.postgres().orElseThrow();
        List<String[]> runs = List.of(
            new String[] {"ingest", "--db", shared, "--threads", "1", "samples"},
            new String[] {"ingest", "--db", shared, "--threads", "1", "samples/wire-reports.jsonl", "samples/jfs-rebrand-2016.txt"});
        CyclicBarrier start = new CyclicBarrier(runs.size());
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String[] args : runs) {
                futures.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return ingest(args);
                }));
            }
            for (Future<Integer> f : futures) {
                assertThat(f.get(15, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counts(shared)).isEqualTo(expected);
    }
}
