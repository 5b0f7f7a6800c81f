package org.orbat.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.orbat.query.QueryService;
import org.orbat.query.SyrianFixture;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * The real API server on an ephemeral loopback port over the {@link SyrianFixture} knowledge base,
 * with a clock fixed at 2018-01-01 and a rate limit no test reaches. Close it after the tests.
 */
final class RunningServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final JdbcKnowledgeBase kb;
    final ApiServer server;

    RunningServer(Path dir) {
        this(dir, kb -> kb);
    }

    /** Over the fixture with what {@code more} adds to it. */
    RunningServer(Path dir, java.util.function.UnaryOperator<JdbcKnowledgeBase> more) {
        kb = more.apply(SyrianFixture.create(dir.resolve("kb.db")));
        QueryService queries = QueryService.over(kb.readModel(),
            Clock.fixed(Instant.parse("2018-01-01T00:00:00Z"), ZoneOffset.UTC));
        server = ApiServer.start(queries, ServerOptions.loopback(0), new RateLimiter(10_000, 10_000, System::nanoTime));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        kb.close();
    }
}
