package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonExporterTest {
    private final JsonNode root = parse(ExportFixtures.export(new GeoJsonExporter(), ExportFixtures.snapshot()));

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private List<JsonNode> features() {
        List<JsonNode> out = new ArrayList<>();
        root.get("features").forEach(out::add);
        return out;
    }

    private JsonNode feature(String eventId) {
        return features().stream().filter(f -> f.at("/properties/event_id").asText().equals(eventId)).findFirst().orElseThrow();
    }

    @Test
    void writesAFeatureCollectionOfMultiPointFeatures() {
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(features()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.at("/geometry/type").asText()).isEqualTo("MultiPoint");
        });
    }

    @Test
    void writesEveryCoordinateAsLongitudeLatitudeWithinRange() {
        assertThat(features()).allSatisfy(f -> f.at("/geometry/coordinates").forEach(c -> {
            assertThat(c.size()).isEqualTo(2);
            assertThat(c.get(0).isNumber() && c.get(1).isNumber()).isTrue();
            assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
        }));
        JsonNode tadmor = feature("e-3").at("/geometry/coordinates/0");
        assertThat(tadmor.get(0).asDouble()).as("longitude first, RFC 7946").isEqualTo(38.28);
        assertThat(tadmor.get(1).asDouble()).isEqualTo(34.56);
    }

    @Test
    void writesOneFeaturePerMergedEventWithAllItsPlacesAndSkipsEventsWithoutPlace() {
        assertThat(features()).extracting(f -> f.at("/properties/event_id").asText() + "@" + f.at("/properties/locations"))
            .containsExactly("e-1@[\"Miznaz\",\"Atarib\"]", "e-3@[\"Tadmor\"]", "e-5@[\"Nineveh\"]", "e-6@[\"Cairo\"]");
        assertThat(feature("e-1").at("/geometry/coordinates")).hasSize(2);
    }

    @Test
    void carriesEachEventsTollOnceSoTollsSumPerEvent() {
        // Guards issue 14: a feature per place repeated the toll (the seeds' points summed to 471 against 271).
        int sum = features().stream().mapToInt(f -> f.at("/properties/fatalities").asInt(0)).sum();
        assertThat(sum).as("the merged battle's 50, once").isEqualTo(50);
    }

    @Test
    void describesTheEventInProperties() {
        JsonNode battle = feature("e-1").get("properties");
        assertThat(battle.get("type").asText()).isEqualTo("battle");
        assertThat(battle.get("date").asText()).isEqualTo("2015-02-28");
        assertThat(battle.get("date_end").isNull()).as("two reports of one day").isTrue();
        assertThat(battle.get("location").asText()).as("the first place").isEqualTo("Miznaz");
        assertThat(battle.get("admin1").asText()).isEqualTo("Aleppo");
        assertThat(battle.get("precision").asText()).isEqualTo("exact");
        assertThat(battle.get("fatalities").asInt()).isEqualTo(50);
        assertThat(battle.get("evidence_count").asInt()).isEqualTo(2);
        assertThat(battle.get("evidence").asText()).startsWith("Nusra fighters overran Hazm");
        assertThat(battle.get("sources")).extracting(JsonNode::asText).containsExactly("Syrian Observatory for Human Rights");
    }

    @Test
    void keepsSpecialCharactersInActorNamesIntact() {
        assertThat(feature("e-3").at("/properties/actors")).extracting(JsonNode::asText)
            .containsExactly("Syrian Arab Army", ExportFixtures.ODD_NAME);
    }

    @Test
    void writesNullFatalitiesWhenNoReportGivesAToll() {
        assertThat(feature("e-3").at("/properties/fatalities").isNull()).isTrue();
    }
}
