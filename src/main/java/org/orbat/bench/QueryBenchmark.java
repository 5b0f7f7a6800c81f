package org.orbat.bench;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.orbat.query.ActorFinder;
import org.orbat.query.EventCriteria;
import org.orbat.query.QueryService;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Prints the warm latency (median and 95th percentile) of the hot read paths over a knowledge base
 * written by {@link KbGenerator}: {@code actor NAME --at DATE}, {@code network --at DATE} around an
 * actor and whole, and an event page. Each query runs on a random actor or date from a seeded
 * {@link Random}; warm-up rounds (a fifth as many as timed) are discarded. The whole network read
 * from the database runs a quarter of the rounds, which still gives its median fifty samples by
 * default. Not a unit test: timings depend on the machine.
 *
 * <p>Run by {@code orbat bench-queries FILE [--rounds N]}.
 */
public final class QueryBenchmark {
    /** Timed rounds per query by default. */
    public static final int DEFAULT_ROUNDS = 200;

    private QueryBenchmark() {
    }

    /**
     * Runs every query {@code rounds} times (after warm-up rounds) over the knowledge base at
     * {@code database} and prints one line per query to {@code out}.
     */
    public static void run(String database, int rounds, PrintWriter out) {
        if (rounds < 1) {
            throw new IllegalArgumentException("Rounds must be at least 1, got " + rounds);
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(database)) {
            out.println("knowledge base: " + kb.counts());
            QueryService queries = QueryService.over(kb.readModel(), Clock.systemUTC());
            int actors = Math.toIntExact(kb.counts().get("actors"));
            if (actors < 1) {
                throw new IllegalArgumentException("No actors in " + database + ": write one with orbat generate first");
            }
            Random random = new Random(13);
            report(out, "actor NAME --at DATE (random actor, by canonical name)", rounds, i ->
                queries.actor(KbGenerator.actorName(random.nextInt(actors)), randomDate(random)));
            report(out, "actor NAME (the busiest actor, a-00000)", rounds, i -> queries.actor("a-00000", "2016-06"));
            report(out, "network --at DATE --around NAME --depth 1", rounds, i ->
                queries.network(randomDate(random), KbGenerator.actorId(random.nextInt(actors)), 1));
            report(out, "network --at DATE --around NAME --depth 2", rounds, i ->
                queries.network(randomDate(random), KbGenerator.actorId(random.nextInt(actors)), 2));
            report(out, "network --at DATE (whole network, read each time)", Math.max(5, rounds / 4), i ->
                queries.network(randomDate(random), null, 0));
            // A new service holds no actor index yet: what the first query after an ingest, or a one-off command, pays.
            report(out, "network --at DATE (whole network, names read anew as after an ingest)", Math.max(5, rounds / 10), i ->
                QueryService.over(kb.readModel(), Clock.systemUTC()).network(randomDate(random), null, 0));
            QueryService cached = new QueryService(kb.readModel(), ActorFinder.none(), Clock.systemUTC(), Duration.ofMinutes(10));
            report(out, "network --at DATE (whole network, relations cached as serve does)", rounds, i ->
                cached.network(randomDate(random), null, 0));
            report(out, "events --actor NAME (first page of 50)", rounds, i ->
                queries.events(new EventCriteria(KbGenerator.actorId(random.nextInt(actors)), null, null, null, null, 0, 50)));
            report(out, "events (first page of 50, no filter)", rounds, i -> queries.events(EventCriteria.firstPage(50)));
        }
    }

    private static String randomDate(Random random) {
        return String.format("%d-%02d", 2012 + random.nextInt(8), 1 + random.nextInt(12));
    }

    private static void report(PrintWriter out, String name, int rounds, IntConsumer query) {
        int warmup = Math.max(3, rounds / 5);
        for (int i = 0; i < warmup; i++) {
            query.accept(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            query.accept(i);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        out.printf(Locale.ROOT, "%-60s median %7.2f ms  p95 %7.2f ms  (%d runs)%n", name, millis.get(millis.size() / 2),
            millis.get((int) Math.min(millis.size() - 1, Math.round(millis.size() * 0.95))), rounds);
    }
}
