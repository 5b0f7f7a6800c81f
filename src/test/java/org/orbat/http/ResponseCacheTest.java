package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
