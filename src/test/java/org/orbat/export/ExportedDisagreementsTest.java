package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Two documents report one battle at Miznaz, one dated with 80 dead, one undated with 50: the exports write
 * one event, and keep each report's toll and date visible.
 */
class ExportedDisagreementsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KnowledgeSnapshot snapshot() {
        KnowledgeSnapshot kb = ExportFixtures.snapshot();
        Event dated = new Event("e-1", EventType.BATTLE, ExportFixtures.day(2015, 2, 28), null, List.of("a-nusra", "a-hazm"),
            List.of("a-nusra"), List.of("a-hazm"), AcledSubEvent.ARMED_CLASH, List.of(ExportFixtures.MIZNAZ), 80,
            List.of(ExportFixtures.evidence("doc-a", "Nusra fighters overran Hazm in Miznaz, killing 80.", null, 80)));
        Event undated = new Event("e-2", EventType.BATTLE, null, null, List.of("a-nusra", "a-hazm"), List.of("a-nusra"),
            List.of("a-hazm"), AcledSubEvent.ARMED_CLASH, List.of(ExportFixtures.MIZNAZ), 50,
            List.of(ExportFixtures.evidence("doc-b", "Hazm lost 50 men at Miznaz.", null, 50)));
        return new KnowledgeSnapshot(kb.documents(), kb.actors(), kb.relations(), List.of(undated, dated));
    }

    @Test
    void theJsonExportGivesEachEvidenceItsReportsTollAndDate() throws IOException {
        JsonNode events = JSON.readTree(ExportFixtures.export(new JsonExporter(), snapshot())).get("events");
        assertThat(events).hasSize(1);
        JsonNode battle = events.get(0);
        assertThat(battle.get("date").asText()).isEqualTo("2015-02-28");
        assertThat(battle.get("fatalities").asInt()).isEqualTo(50);
        assertThat(battle.at("/evidence/0/fatalities").asInt()).isEqualTo(80);
        assertThat(battle.at("/evidence/0/report_date").asText()).isEqualTo("2015-02-28");
        assertThat(battle.at("/evidence/1/fatalities").asInt()).isEqualTo(50);
        assertThat(battle.at("/evidence/1/report_date").isNull()).isTrue();
    }

    @Test
    void theGeoJsonExportListsEveryTollAndEachReportsDate() throws IOException {
        JsonNode features = JSON.readTree(ExportFixtures.export(new GeoJsonExporter(), snapshot())).get("features");
        assertThat(features).hasSize(1);
        JsonNode properties = features.get(0).get("properties");
        assertThat(properties.get("fatalities").asInt()).isEqualTo(50);
        assertThat(properties.get("tolls").toString()).isEqualTo("[50,80]");
        assertThat(properties.get("report_dates").toString()).isEqualTo("[\"2015-02-28\",null]");
    }
}
