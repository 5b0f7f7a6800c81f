package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.EventType;
import org.orbat.model.RelationType;
import org.orbat.query.QueryService;

class ApiServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

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

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    static void error(String path, int status, String messagePart) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).contains(messagePart);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsActorsWithMentionCountsAndFilters() throws Exception {
        JsonNode all = ok("/api/actors");
        assertThat(all.get(0).get("id").asText()).isEqualTo("hazm-movement");
        assertThat(all.get(0).get("mentions").asInt()).isEqualTo(4);
        assertThat(ok("/api/actors?q=fateh&size=5")).singleElement()
            .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo("jabhat-fateh-al-sham"));
        assertThat(ok("/api/actors?page=5")).isEmpty();
    }

    @Test
    void actorProfileByAliasAtADate() throws Exception {
        JsonNode profile = ok("/api/actors/" + q("HARAKAT HAZM").replace("+", "%20") + "?at=2014-10");
        assertThat(profile.get("id").asText()).isEqualTo("hazm-movement");
        assertThat(profile.get("relations")).singleElement()
            .satisfies(t -> assertThat(t.get("type").asText()).isEqualTo("ally_of"));
    }

    @Test
    void networkFlipsAndFollowsNeighbourhoods() throws Exception {
        assertThat(ok("/api/network?at=2015-03").get("ties").findValuesAsText("type")).contains("rival_of").doesNotContain("ally_of");
        JsonNode around = ok("/api/network?at=2015-03&around=Hazzm&depth=1");
        assertThat(around.get("center").get("id").asText()).isEqualTo("hazm-movement");
        assertThat(around.get("ties")).hasSize(2);
    }

    @Test
    void lineageChain() throws Exception {
        JsonNode chain = ok("/api/lineage/nusra");
        assertThat(chain.get("steps").get(0).get("type").asText()).isEqualTo("renamed_to");
        assertThat(chain.get("steps").get(1).get("to").get("id").asText()).isEqualTo("hayat-tahrir-al-sham");
        assertThat(chain.get("successors")).hasSize(2);
    }

    @Test
    void aPairsHistoryWithEvidence() throws Exception {
        JsonNode history = ok("/api/relations/Hazzm/nusra");
        assertThat(history.get("relations").findValuesAsText("type")).containsExactly("ally_of", "rival_of");
        assertThat(history.get("relations").get(0).get("evidence").get(0).get("text").asText()).isNotBlank();
        error("/api/relations/Hazzm/nobody", 404, "nobody");
    }

    @Test
    void eventsFilteredAndPaged() throws Exception {
        JsonNode page = ok("/api/events?place=aleppo&size=1");
        assertThat(page.get("events")).hasSize(1);
        assertThat(page.get("more").asBoolean()).isTrue();
        assertThat(ok("/api/events?actor=Nusra&from=2015-01&to=2015-12&type=battle").get("events")).singleElement()
            .satisfies(e -> assertThat(e.get("id").asText()).isEqualTo("doc-2-e0"));
    }

    @Test
    void evidenceWithDisagreeingTolls() throws Exception {
        JsonNode fact = ok("/api/evidence/doc-2-e0");
        assertThat(fact.get("tolls").toString()).isEqualTo("[45,80]");
        assertThat(fact.get("evidence").get(0).get("document").get("outlet").asText()).isEqualTo("The New Arab");
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/actors", "/api/actors/{name}", "/api/network",
            "/api/lineage/{name}", "/api/relations/{a}/{b}", "/api/events", "/api/evidence/{factId}", "/api/documents",
            "/api/documents/{id}", "/api/vocabulary");
    }

    @Test
    void openApiEnumsListEveryEventAndRelationTypeOfTheModel() throws Exception {
        JsonNode doc = ok("/openapi.json");
        List<String> eventTypes = Arrays.stream(EventType.values()).map(EventType::code).toList();
        List<String> relationTypes = Arrays.stream(RelationType.values()).map(RelationType::code).toList();
        JsonNode typeParameter = null;
        for (JsonNode p : doc.at("/paths/~1api~1events/get/parameters")) {
            if (p.get("name").asText().equals("type")) {
                typeParameter = p;
            }
        }
        assertThat(typeParameter).isNotNull();
        assertThat(typeParameter.at("/schema/enum")).extracting(JsonNode::asText).containsExactlyElementsOf(eventTypes);
        assertThat(doc.at("/components/schemas/EventSummary/properties/type/enum")).extracting(JsonNode::asText)
            .containsExactlyElementsOf(eventTypes);
        assertThat(doc.at("/components/schemas/Tie/properties/type/enum")).extracting(JsonNode::asText)
            .containsExactlyElementsOf(relationTypes);
        assertThat(doc.toString()).doesNotContain("x-orbat-enum");
    }

    @Test
    void vocabularyGivesEveryTypeWithItsTraits() throws Exception {
        JsonNode vocabulary = ok("/api/vocabulary");
        assertThat(vocabulary.get("event_types")).extracting(t -> t.get("code").asText())
            .containsExactlyElementsOf(Arrays.stream(EventType.values()).map(EventType::code).toList());
        assertThat(vocabulary.get("relation_types")).extracting(t -> t.get("code").asText())
            .containsExactlyElementsOf(Arrays.stream(RelationType.values()).map(RelationType::code).toList());
        JsonNode battle = vocabulary.get("event_types").get(EventType.BATTLE.ordinal());
        assertThat(battle.get("fighting").asBoolean()).isTrue();
        assertThat(battle.get("acled_sub_event").asText()).isEqualTo("Armed clash");
        JsonNode ally = vocabulary.get("relation_types").get(RelationType.ALLY_OF.ordinal());
        assertThat(ally.get("symmetric").asBoolean()).isTrue();
        assertThat(vocabulary.get("relation_types").get(RelationType.SUPPORTED_BY.ordinal()).get("symmetric").asBoolean()).isFalse();
    }

    @Test
    void everyDocumentAnEventCitesResolvesToItsFileAndFacts() throws Exception {
        JsonNode list = ok("/api/documents");
        assertThat(list).extracting(d -> d.get("id").asText()).containsExactly("doc-3", "doc-2", "doc-1");
        String cited = ok("/api/events?type=battle").get("events").get(0).get("document_id").asText();
        JsonNode document = ok("/api/documents/" + cited);
        assertThat(document.get("document").get("path").asText()).isEqualTo("/seeds/" + cited + ".txt");
        assertThat(document.get("events")).extracting(e -> e.get("id").asText()).contains("doc-2-e0");
        assertThat(document.get("relations")).hasSize(2);
        error("/api/documents/doc-9", 404, "unknown document 'doc-9'");
    }

    @Test
    void badParametersAreFourHundredsWithJsonBodies() throws Exception {
        error("/api/actors/nobody", 404, "nobody");
        error("/api/lineage/nobody", 404, "nobody");
        error("/api/evidence/nothing", 404, "nothing");
        error("/api/network?around=nobody", 404, "nobody");
        error("/api/actors/hazzm?at=2015-13-45", 400, "at");
        error("/api/network?at=yesterday", 400, "yesterday");
        error("/api/events?from=" + q("2015/03/01"), 400, "from");
        error("/api/events?page=-1", 400, "page");
        error("/api/events?size=501", 400, "size");
        error("/api/events?size=abc", 400, "size");
        error("/api/actors?page=-3", 400, "page");
        error("/api/events?type=picnic", 400, "picnic");
        error("/api/network?depth=99", 400, "depth");
        error("/api/nowhere", 404, "");
    }

    @Test
    void injectionStringsAreAnsweredAsPlainValues() throws Exception {
        String evil = q("' OR 1=1 --");
        error("/api/actors/" + evil.replace("+", "%20"), 404, "OR 1=1");
        error("/api/events?place=" + evil, 404, "unknown place");
        assertThat(ok("/api/actors?q=" + evil)).isEmpty();
        error("/api/evidence/" + q("x'; DROP TABLE events; --").replace("+", "%20"), 404, "DROP");
        assertThat(ok("/api/events").get("events")).hasSize(3);
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        HttpResponse<String> r = get("/api/events?place=" + "x".repeat(20_000));
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(api.uri("/api/actors"))
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(404, 405);
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(r.statusCode());
    }

    @Test
    void aClientOverItsBudgetGets429() throws Exception {
        AtomicLong now = new AtomicLong();
        QueryService queries = QueryService.over(api.kb.readModel(), Clock.systemUTC());
        try (ApiServer limited = ApiServer.start(queries, ServerOptions.loopback(0), new RateLimiter(2, 1, now::get))) {
            URI uri = URI.create("http://127.0.0.1:" + limited.port() + "/openapi.json");
            int[] codes = new int[3];
            for (int i = 0; i < 3; i++) {
                codes[i] = CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            }
            assertThat(codes).containsExactly(200, 200, 429);
            now.addAndGet(1_000_000_000L);
            assertThat(CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        }
    }
}
