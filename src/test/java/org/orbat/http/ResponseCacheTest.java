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
