package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.QuerySession;
import org.orbat.query.QueryService;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.corrections.CorrectionsSurviveReingestTest;

/** {@code ?release=NAME} answers from a frozen release; an unknown release is a 400 naming it. */
class ReleasesApiTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> get(ApiServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReleaseNamedInTheQueryIsReadInsteadOfTheKnowledgeBaseNow() throws Exception {
        String db = dir.resolve("kb.db").toString();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            CorrectionsSurviveReingestTest.writeBothArticles(kb);
            kb.release("before-edit");
            CorrectionsSurviveReingestTest.editSecondArticle(kb);
            QueryService current = QuerySession.queriesOver(kb, Duration.ZERO);
            Releases releases = new Releases(current, name -> QuerySession.queriesOver(JdbcKnowledgeBase.openRelease(db, name), Duration.ZERO));
            try (ApiServer server = ApiServer.start(releases, current, ServerOptions.loopback(0),
                    new RateLimiter(1000, 1000, System::nanoTime), null)) {
                assertThat(get(server, "/api/events?size=50&release=before-edit").body()).contains("arrest_abduction");
                assertThat(get(server, "/api/events?size=50").body()).doesNotContain("arrest_abduction");
                HttpResponse<String> unknown = get(server, "/api/events?release=nope");
                assertThat(unknown.statusCode()).isEqualTo(400);
                assertThat(unknown.body()).contains("No release nope").contains("before-edit");
            }
        }
    }
}
