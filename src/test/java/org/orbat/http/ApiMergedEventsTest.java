package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.DisagreeingReports;

/** The API lists the events the export writes, their sources' disagreements, and undated events as the OpenAPI says. */
class ApiMergedEventsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static RunningServer api;

    @BeforeAll
    static void start() {
        api = new RunningServer(dir, DisagreeingReports::add);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = api.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    @Test
    void eventsListTheMergedBattleOnceWithEachReportsDateAndToll() throws Exception {
        JsonNode page = ok("/api/events?actor=Hazzm&type=battle&undated=without");
        assertThat(ids(page)).containsExactly("doc-2-e0");
        JsonNode battle = page.get("events").get(0);
        assertThat(battle.get("fatalities").asInt()).isEqualTo(45);
        assertThat(battle.get("tolls").toString()).isEqualTo("[45,60,80]");
        assertThat(battle.get("reports").get(1).get("id").asText()).isEqualTo("doc-4-e0");
        assertThat(battle.get("reports").get(1).get("date").isNull()).isTrue();
        assertThat(battle.get("reports").get(1).get("fatalities").asInt()).isEqualTo(60);
    }

    @Test
    void aDateFilteredQueryListsUndatedEventsAfterTheDatedOnes() throws Exception {
        assertThat(ids(ok("/api/events?actor=Hazzm&from=2015-01&to=2015-03"))).containsExactly("doc-2-e0", "doc-5-e0");
        assertThat(ids(ok("/api/events?actor=Hazzm&to=2015-03&undated=without"))).containsExactly("doc-2-e0");
        assertThat(ids(ok("/api/events?undated=only"))).containsExactly("doc-5-e0");
        HttpResponse<String> bad = api.get("/api/events?undated=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("undated");
    }

    @Test
    void evidenceResolvesAnyMergedReportsIdToTheEvent() throws Exception {
        JsonNode fact = ok("/api/evidence/doc-4-e0");
        assertThat(fact.get("fact_id").asText()).isEqualTo("doc-2-e0");
        assertThat(fact.get("reports")).hasSize(2);
        assertThat(fact.get("evidence").get(2).get("report_id").asText()).isEqualTo("doc-4-e0");
        assertThat(fact.get("evidence").get(2).get("report_date").isNull()).isTrue();
        assertThat(fact.get("evidence").get(0).get("report_date").asText()).isEqualTo("2015-02-28");
    }

    @Test
    void theOpenApiDocumentSaysHowPeriodsTreatUndatedEvents() throws Exception {
        JsonNode doc = ok("/openapi.json");
        JsonNode events = doc.at("/paths/~1api~1events/get");
        assertThat(events.get("description").asText()).contains("undated events are listed after the dated ones");
        List<String> values = new ArrayList<>();
        events.get("parameters").forEach(p -> {
            if (p.get("name").asText().equals("undated")) {
                p.at("/schema/enum").forEach(v -> values.add(v.asText()));
            }
        });
        assertThat(values).containsExactly("with", "without", "only");
        assertThat(doc.at("/components/schemas/EventSummary/properties/reports/items/$ref").asText())
            .isEqualTo("#/components/schemas/EventReport");
    }
}
