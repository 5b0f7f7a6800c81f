package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst page as files the server hands out: present at {@code /}, complete, offline, small. No browser needed. */
class WebPageResourcesTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static RunningServer api;

    @BeforeAll
    static void start() {
        api = new RunningServer(dir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api.get(path);
    }

    @Test
    void servesThePageAtTheRootWithEveryFileItNames() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Matcher m = REFERENCE.matcher(page.body());
        int references = 0;
        while (m.find()) {
            references++;
            assertThat(m.group(1)).as("no file from another host").doesNotContain("//");
            assertThat(get("/" + m.group(1)).statusCode()).as(m.group(1)).isEqualTo(200);
        }
        assertThat(references).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shipsASmallOfflineBaseMapAndNoTileServer() throws Exception {
        for (String file : new String[] {"/basemap/syria-admin1.geojson", "/basemap/countries.geojson"}) {
            HttpResponse<String> r = get(file);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
            assertThat(r.body().length()).as(file).isLessThan(300_000);
            assertThat(r.body()).as(file).contains("\"FeatureCollection\"");
        }
        String app = get("/app.js").body();
        assertThat(app).doesNotContain("tileLayer").doesNotContainPattern("https?://(?!www\\.w3\\.org/)");
        assertThat(app).as("article text goes in as text only").doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
        assertThat(get("/vendor/cytoscape/LICENSE").statusCode()).isEqualTo(200);
        assertThat(get("/vendor/leaflet/LICENSE").statusCode()).isEqualTo(200);
    }
}
