package org.orbat.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.orbat.http.ApiServer;
import org.orbat.http.RateLimiter;
import org.orbat.http.ServerOptions;
import org.orbat.store.JdbcKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbat serve [--port 8080] [--host 127.0.0.1]}: the analyst page and the read-only JSON API until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the analyst page at / and the knowledge base as a read-only JSON API (see /openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
        description = "Address to bind; 0.0.0.0 exposes the API to the network (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--rate", defaultValue = "20", description = "Sustained requests a second per client (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--burst", defaultValue = "60", description = "Requests a client may send at once (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--cache-seconds", defaultValue = "60",
        description = "Answer the whole network from relations held in memory this long; 0 reads every time (default: ${DEFAULT-VALUE}).")
    long cacheSeconds;

    @Option(names = "--max-lag", paramLabel = "SECONDS", defaultValue = "10",
        description = "While the knowledge base changes (an ingest writing), an answer kept in memory may be this many seconds behind it;"
            + " 0 re-reads after every commit. Corrections made on this server show at once (default: ${DEFAULT-VALUE}).")
    long maxLagSeconds;

    @Option(names = "--editors", paramLabel = "FILE",
        description = "Let the editors in FILE (see 'orbat editors add') sign in on the page to correct and review; without it the API is read-only.")
    java.nio.file.Path editors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try (JdbcKnowledgeBase kb = QuerySession.openExisting(database.db);
             ApiServer server = start(kb)) {
            spec.commandLine().getOut().printf("orbat: serving %s on http://%s:%d/ (Ctrl-C to stop)%n", database.db, host,
                server.port());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return OrbatCommand.OK;
    }

    private ApiServer start(JdbcKnowledgeBase kb) {
        Duration ttl = Duration.ofSeconds(Math.max(0, cacheSeconds));
        if (maxLagSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-lag cannot be negative, got " + maxLagSeconds);
        }
        org.orbat.query.QueryService current = QuerySession.queriesOver(kb, ttl,
            org.orbat.query.Staleness.upTo(Duration.ofSeconds(maxLagSeconds)));
        // A release is opened on its first request and stays open while the server runs: it never changes.
        org.orbat.http.Releases releases = new org.orbat.http.Releases(current,
            name -> QuerySession.queriesOver(JdbcKnowledgeBase.openRelease(database.db, name), ttl));
        return ApiServer.start(releases, current, ServerOptions.loopback(port).withHost(host).withRate(burst, rate),
            new RateLimiter(burst, rate, System::nanoTime), editing(kb));
    }

    private org.orbat.http.Editing editing(JdbcKnowledgeBase kb) {
        if (editors == null) {
            return null;
        }
        return new org.orbat.http.Editing(org.orbat.http.Editors.load(editors, java.time.Clock.systemUTC()),
            org.orbat.http.CorrectionDesk.of(kb));
    }
}
