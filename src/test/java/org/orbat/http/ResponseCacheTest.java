package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.SyrianFixture;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Read routes answer repeats from memory, but never an answer the knowledge base has moved past: a document written
 * by this process or by another one shows in the next answer.
 */
class ResponseCacheTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedReadGetsTheSameAnswerAndAWriteShowsInTheNextOne() throws Exception {
        try (RunningServer api = new RunningServer(dir)) {
            HttpResponse<String> first = api.get("/api/documents");
            HttpResponse<String> again = api.get("/api/documents");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            int before = ApiServerTest.JSON.readTree(first.body()).size();

            SyrianFixture.addReport(api.kb, "doc-cache", "Hazm fighters clashed with regime forces near Atarib.");
            JsonNode after = ApiServerTest.JSON.readTree(api.get("/api/documents").body());
            assertThat(after.size()).as("the new document, not the kept answer").isEqualTo(before + 1);
        }
    }

    @Test
    void aDocumentAnotherProcessWritesShowsInTheNextAnswer() throws Exception {
        try (RunningServer api = new RunningServer(dir)) {
            int before = ApiServerTest.JSON.readTree(api.get("/api/documents").body()).size();
            assertThat(ApiServerTest.JSON.readTree(api.get("/api/documents").body()).size()).isEqualTo(before);
            try (JdbcKnowledgeBase other = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
                SyrianFixture.addReport(other, "doc-elsewhere", "Hazm fighters clashed with regime forces near Atarib.");
            }
            assertThat(ApiServerTest.JSON.readTree(api.get("/api/documents").body()).size()).isEqualTo(before + 1);
        }
    }

    @Test
    void aWholeNetworkIsKeptAcrossWritesUntilTheServersCopyOfTheRelationsIsReloaded() throws Exception {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2018-01-01T00:00:00Z"));
        JdbcKnowledgeBase kb = SyrianFixture.create(dir.resolve("kb.db"));
        org.orbat.query.QueryService queries = new org.orbat.query.QueryService(kb.readModel(), org.orbat.query.ActorFinder.none(), clock,
            java.time.Duration.ofSeconds(60));
        try (kb; ApiServer server = ApiServer.start(queries, ServerOptions.loopback(0), new RateLimiter(10_000, 10_000, System::nanoTime))) {
            HttpClient client = HttpClient.newHttpClient();
            java.util.function.Function<String, String> get = path -> {
                try {
                    return client.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            String whole = get.apply("/api/network?at=2016");
            String around = get.apply("/api/network?at=2016&around=Hazm%20Movement");
            String wholeToken = queries.networkAnswerToken(null);
            String aroundToken = queries.networkAnswerToken("Hazm Movement");
            SyrianFixture.addRelationReport(kb, "doc-pact", "Hazm fought the Levant Front.",
                org.orbat.model.RelationType.RIVAL_OF, "levant-front", org.orbat.model.DateValue.day(java.time.LocalDate.of(2015, 6, 1)));

            assertThat(queries.networkAnswerToken(null)).as("the kept whole networks stay valid").isEqualTo(wholeToken);
            assertThat(queries.networkAnswerToken("Hazm Movement")).as("a network around an actor is read anew").isNotEqualTo(aroundToken);
            assertThat(get.apply("/api/network?at=2016&around=Hazm%20Movement")).as("read from the database: the write shows")
                .isNotEqualTo(around);
            assertThat(get.apply("/api/network?at=2016")).as("read from the server's copy of the relations, unchanged for its time to live")
                .isEqualTo(whole);
            clock.advance(java.time.Duration.ofSeconds(61));
            assertThat(queries.networkAnswerToken(null)).isNotEqualTo(wholeToken);
            assertThat(get.apply("/api/network?at=2016")).as("the copy reloaded: the write shows").isNotEqualTo(whole);
        }
    }

    @Test
    void aServerAllowedToLagKeepsAnAnswerAcrossAWriteUntilTheAnswerIsThatOld() throws Exception {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        JdbcKnowledgeBase kb = SyrianFixture.create(dir.resolve("kb.db"));
        org.orbat.query.QueryService queries = new org.orbat.query.QueryService(kb.readModel(), org.orbat.query.ActorFinder.none(),
            org.orbat.query.CuratedActors.none(), org.orbat.query.PlaceSpellings.none(), java.time.Clock.systemUTC(),
            java.time.Duration.ofSeconds(60), org.orbat.query.Staleness.upTo(java.time.Duration.ofSeconds(10), nanos::get));
        try (kb; ApiServer server = ApiServer.start(queries, ServerOptions.loopback(0), new RateLimiter(10_000, 10_000, System::nanoTime))) {
            HttpClient client = HttpClient.newHttpClient();
            java.net.URI documents = java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/documents");
            java.util.concurrent.Callable<Integer> count = () -> ApiServerTest.JSON.readTree(
                client.send(HttpRequest.newBuilder(documents).GET().build(), HttpResponse.BodyHandlers.ofString()).body()).size();
            int before = count.call();
            SyrianFixture.addReport(kb, "doc-lag", "Hazm fighters clashed with regime forces near Atarib.");
            nanos.addAndGet(java.time.Duration.ofSeconds(9).toNanos());
            assertThat(count.call()).as("9 s after it was read, the kept answer stands").isEqualTo(before);
            nanos.addAndGet(java.time.Duration.ofSeconds(1).toNanos());
            assertThat(count.call()).as("10 s: read again").isEqualTo(before + 1);
        }
    }

    /** A clock a test moves forward. */
    private static final class MovableClock extends java.time.Clock {
        private volatile java.time.Instant now;

        MovableClock(java.time.Instant start) {
            now = start;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void aClientAcceptingGzipGetsTheSameBodyCompressedOnceOnTheFirstAndTheRepeatedRead() throws Exception {
        try (RunningServer api = new RunningServer(dir)) {
            String plain = api.get("/api/events?limit=50").body();
            assertThat(plain.length()).isGreaterThanOrEqualTo(ResponseCache.GZIP_FROM_BYTES);
            HttpClient client = HttpClient.newHttpClient();
            for (int read = 0; read < 2; read++) {
                HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(api.uri("/api/events?limit=50"))
                    .header("Accept-Encoding", "gzip, deflate").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(zipped.headers().firstValue("content-encoding")).hasValue("gzip");
                assertThat(zipped.headers().firstValue("vary")).hasValue("Accept-Encoding");
                assertThat(gunzip(zipped.body())).isEqualTo(api.get("/api/events?limit=50").body());
            }
            assertThat(api.get("/api/events?limit=50").headers().firstValue("content-encoding")).isEmpty();
        }
    }

    @Test
    void gzipIsAcceptedAsBrowsersOfferItAndRefusedWithAZeroQuality() {
        assertThat(ResponseCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ResponseCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ResponseCache.acceptsGzip("*")).isTrue();
        assertThat(ResponseCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ResponseCache.acceptsGzip("deflate, br")).isFalse();
        assertThat(ResponseCache.acceptsGzip(null)).isFalse();
        assertThat(ResponseCache.acceptsGzip("gzip;q=")).as("a q-value that is no number refuses nothing").isTrue();
        assertThat(ResponseCache.acceptsGzip("gzip;q=high")).isTrue();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void errorsAreNotKept() throws Exception {
        try (RunningServer api = new RunningServer(dir)) {
            assertThat(api.get("/api/actors/nobody-at-all").statusCode()).isEqualTo(404);
            assertThat(api.get("/api/actors/nobody-at-all").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aCacheWithNoRoomForItsLargestBodyIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ResponseCache(10, 20))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 bytes in all");
    }
}
