package org.orbat.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.orbat.OrbatException;
import org.orbat.http.ApiServer;
import org.orbat.http.RateLimiter;
import org.orbat.http.ServerOptions;
import org.orbat.query.ActorFinder;
import org.orbat.query.QueryService;
import org.orbat.store.ActorCountRecord;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * {@code orbat bench-serve}: the server under load. Starts the API over a knowledge base on loopback, as {@code orbat
 * serve} does (network cached 60 s), and has N clients send requests back to back for a while, a mix of what the page
 * asks (the page itself, an actor, the network around an actor and whole, an actor's events), on random actors among
 * the 200 most mentioned and random months. Reports per route the requests, median and 99th-percentile latency, and
 * the answers by kind: ok, 429 (rate limited, by the server's token buckets) and 5xx. Bounded in time and loopback only.
 */
public final class ServeLoadBenchmark {
    /** The routes and their share of requests, in percent. */
    static final Map<String, Integer> MIX = Map.of("page", 15, "actor", 25, "network around", 20, "network whole", 10, "events", 30);

    private ServeLoadBenchmark() {
    }

    /**
     * What one route saw.
     *
     * @param millis every request's latency, sorted
     */
    public record RouteResult(String route, List<Double> millis, long ok, long limited, long serverErrors, long otherErrors) {
        public long requests() {
            return ok + limited + serverErrors + otherErrors;
        }

        public double percentile(double p) {
            return millis.isEmpty() ? 0 : millis.get((int) Math.min(millis.size() - 1, Math.floor(millis.size() * p)));
        }
    }

    /** Runs the load and prints the table; returns each route's result. */
    public static List<RouteResult> run(String database, int clients, Duration length, int burst, double perSecond, PrintWriter out)
        throws Exception {
        return run(database, clients, length, burst, perSecond, List.of(), out);
    }

    /**
     * Like {@link #run(String, int, Duration, int, double, PrintWriter)}, while {@code orbat ingest} in another process (one
     * worker) ingests {@code ingest} (files or folders; none for no ingest) into the same knowledge base: the load then also
     * measures reads while an ingest writes.
     */
    public static List<RouteResult> run(String database, int clients, Duration length, int burst, double perSecond,
                                        List<java.nio.file.Path> ingest, PrintWriter out) throws Exception {
        return run(database, clients, Duration.ZERO, length, burst, perSecond, Duration.ZERO, ingest, 0, out);
    }

    /**
     * Like {@link #run(String, int, Duration, int, double, List, PrintWriter)}, after {@code warmup} of the same load
     * whose requests are not counted: a server that has run a while has compiled its code and holds the answers
     * readers ask again, which a cold start does not. The ingest runs as {@code orbat ingest} in a process of its own at
     * CPU priority {@code ingestNice} ({@code nice -n}, 0-19; 0 shares the cores evenly with the server), and is stopped
     * when the timed run ends: what it stored in the timed run is reported. Kept answers may lag the knowledge base by
     * {@code maxLag}, as {@code orbat serve --max-lag} allows.
     */
    public static List<RouteResult> run(String database, int clients, Duration warmup, Duration length, int burst, double perSecond,
                                        Duration maxLag, List<java.nio.file.Path> ingest, int ingestNice, PrintWriter out)
        throws Exception {
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("Warm-up cannot be negative, got " + warmup);
        }
        if (clients < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("Need at least one client and a positive duration, got " + clients + " and " + length);
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(database)) {
            List<String> actors = kb.readModel().actorsByMentions(null, 0, 200).stream().map(ActorCountRecord::actor)
                .map(a -> a.id()).toList();
            if (actors.isEmpty()) {
                throw new OrbatException(database + ": no actors to ask about (ingest or generate first)");
            }
            QueryService queries = new QueryService(kb.readModel(), ActorFinder.none(), org.orbat.query.CuratedActors.none(),
                org.orbat.query.PlaceSpellings.none(), Clock.systemUTC(), Duration.ofSeconds(60), org.orbat.query.Staleness.upTo(maxLag));
            try (ApiServer server = ApiServer.start(queries, ServerOptions.loopback(0), new RateLimiter(burst, perSecond, System::nanoTime))) {
                String base = "http://127.0.0.1:" + server.port();
                Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
                Map<String, long[]> outcomes = new ConcurrentHashMap<>();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
                IngestProcess writer = null;
                if (!ingest.isEmpty()) {
                    // the load starts once the ingest writes: its models load first (15-20 s), and a niced process
                    // loading them under load would write nothing in the timed run
                    writer = IngestProcess.start(ingest, database, ingestNice);
                    writer.awaitFirstStored(kb, kb.counts().get("documents"), Duration.ofMinutes(10));
                }
                long recordFrom = System.nanoTime() + warmup.toNanos();
                long deadline = recordFrom + length.toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    Random random = new Random(17L * (c + 1));
                    running.add(pool.submit(() -> {
                        List<Double> mine = new ArrayList<>();
                        while (System.nanoTime() < deadline) {
                            String route = pick(random);
                            String path = path(route, actors.get(random.nextInt(actors.size())), random);
                            long t0 = System.nanoTime();
                            int status;
                            try {
                                status = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                                        .header("Accept-Encoding", "gzip").GET().build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (java.io.IOException e) {
                                status = -1;
                            }
                            double ms = (System.nanoTime() - t0) / 1e6;
                            if (t0 < recordFrom) {
                                continue;
                            }
                            latencies.computeIfAbsent(route, r -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                            long[] kinds = outcomes.computeIfAbsent(route, r -> new long[4]);
                            synchronized (kinds) {
                                kinds[status >= 200 && status < 400 ? 0 : status == 429 ? 1 : status >= 500 ? 2 : 3]++;
                            }
                            mine.add(ms);
                        }
                        return mine.size();
                    }));
                }
                long storedBefore = writer == null ? 0 : storedAt(kb, recordFrom);
                for (Future<?> f : running) {
                    f.get();
                }
                pool.shutdown();
                String ingested = "";
                if (writer != null) {
                    long stored = kb.counts().get("documents") - storedBefore;
                    writer.stop();
                    ingested = String.format(Locale.ROOT, "meanwhile an ingest (another process, nice %d) stored %d article(s) in the %d s "
                        + "measured (%.1f articles/s)", ingestNice, stored, length.toSeconds(), stored / (length.toMillis() / 1000.0));
                }
                List<RouteResult> results = new ArrayList<>();
                for (String route : new java.util.TreeSet<>(latencies.keySet())) {
                    List<Double> sorted = new ArrayList<>(latencies.get(route));
                    Collections.sort(sorted);
                    long[] k = outcomes.get(route);
                    results.add(new RouteResult(route, sorted, k[0], k[1], k[2], k[3]));
                }
                print(out, results, clients, warmup, length, maxLag, kb.counts());
                if (!ingested.isEmpty()) {
                    out.println(ingested);
                    out.flush();
                }
                return results;
            }
        }
    }

    /** The documents stored when the timed run starts: waits for it, so the count is the ingest's work in the window. */
    private static long storedAt(JdbcKnowledgeBase kb, long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        return kb.counts().get("documents");
    }

    private static String pick(Random random) {
        int r = random.nextInt(100);
        int sum = 0;
        for (Map.Entry<String, Integer> e : new LinkedHashMap<>(new java.util.TreeMap<>(MIX)).entrySet()) {
            sum += e.getValue();
            if (r < sum) {
                return e.getKey();
            }
        }
        return "events";
    }

    private static String path(String route, String actor, Random random) {
        String at = String.format(Locale.ROOT, "%d-%02d", 2012 + random.nextInt(8), 1 + random.nextInt(12));
        String a = URLEncoder.encode(actor, StandardCharsets.UTF_8);
        return switch (route) {
            case "page" -> "/";
            case "actor" -> "/api/actors/" + a + "?at=" + at;
            case "network around" -> "/api/network?at=" + at + "&around=" + a + "&depth=1";
            case "network whole" -> "/api/network?at=" + at;
            default -> "/api/events?actor=" + a + "&size=50";
        };
    }

    private static void print(PrintWriter out, List<RouteResult> results, int clients, Duration warmup, Duration length, Duration maxLag,
                              Map<String, Long> counts) {
        long total = results.stream().mapToLong(RouteResult::requests).sum();
        double seconds = length.toMillis() / 1000.0;
        out.printf(Locale.ROOT, "%d clients for %d s%s over %d events, %d actors (answers up to %d s behind): %d requests, %.0f requests/s%n",
            clients, length.toSeconds(), warmup.isZero() ? "" : " after a " + warmup.toSeconds() + " s warm-up", counts.get("events"),
            counts.get("actors"), maxLag.toSeconds(), total, total / seconds);
        out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s %8s %8s %8s%n", "route", "requests", "p50 ms", "p99 ms", "req/s", "429", "5xx",
            "failed");
        for (RouteResult r : results) {
            out.printf(Locale.ROOT, "%-16s %9d %9.1f %9.1f %9.1f %8d %8d %8d%n", r.route(), r.requests(), r.percentile(0.5),
                r.percentile(0.99), r.requests() / seconds, r.limited(), r.serverErrors(), r.otherErrors());
        }
        out.flush();
    }
}
