package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.store.KnowledgeSnapshot;

class AcledCsvExporterTest {
    /** ACLED's current export columns, in its order (ACLED Codebook, Table 1), written out here independently of the exporter. */
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
        + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
        + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
        + "fatalities,tags,timestamp";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    private final String csv = ExportFixtures.export(new AcledCsvExporter(CLOCK), ExportFixtures.snapshot());

    private List<CSVRecord> rows() throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(AcledCsvExporter.COLUMNS);
            return parser.getRecords();
        }
    }

    private Map<String, CSVRecord> rowsById() throws IOException {
        return inCountryOrder(rows());
    }

    /** Rows by their country's code and their place among that country's rows ("SYR1" the first Syrian row). */
    private static Map<String, CSVRecord> inCountryOrder(List<CSVRecord> rows) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, CSVRecord> out = new java.util.LinkedHashMap<>();
        for (CSVRecord r : rows) {
            String alpha3 = r.get("event_id_cnty").substring(0, 3);
            out.put(alpha3 + counts.merge(alpha3, 1, Integer::sum), r);
        }
        return out;
    }

    @Test
    void startsWithAcledsThirtyOneColumnsInAcledOrder() {
        assertThat(csv.lines().findFirst()).contains(HEADER);
        assertThat(AcledCsvExporter.COLUMNS).hasSize(31);
    }

    @Test
    void writesOneRowPerMergedEventThatHasAPlace() throws IOException {
        assertThat(rows()).hasSize(4);
    }

    @Test
    void codesTheBattleReportedTwiceWithTheLowerTollAndBothPlaces() throws IOException {
        CSVRecord battle = rowsById().get("SYR1");
        assertThat(battle.get("event_date")).isEqualTo("2015-02-28");
        assertThat(battle.get("year")).isEqualTo("2015");
        assertThat(battle.get("time_precision")).isEqualTo("1");
        assertThat(battle.get("event_type")).isEqualTo("Battles");
        assertThat(battle.get("sub_event_type")).isEqualTo("Armed clash");
        assertThat(battle.get("location")).isEqualTo("Miznaz");
        assertThat(battle.get("latitude")).isEqualTo("36.13");
        assertThat(battle.get("longitude")).isEqualTo("36.86");
        assertThat(battle.get("geo_precision")).isEqualTo("1");
        assertThat(battle.get("fatalities")).isEqualTo("50");
        assertThat(battle.get("source")).isEqualTo("Syrian Observatory for Human Rights");
    }

    @Test
    void writesTheEventsSidesAsActorsWithTheirAssociatesAndInterCodes() throws IOException {
        CSVRecord battle = rowsById().get("SYR1");
        assertThat(battle.get("actor1")).isEqualTo("Jabhat al-Nusra");
        assertThat(battle.get("assoc_actor_1")).isEqualTo(ExportFixtures.ODD_NAME);
        assertThat(battle.get("actor2")).isEqualTo("Hazm Movement");
        assertThat(battle.get("assoc_actor_2")).isEmpty();
        assertThat(battle.get("inter1")).isEqualTo("Rebel group");
        assertThat(battle.get("inter2")).isEqualTo("Rebel group");
        assertThat(battle.get("interaction")).isEqualTo("Rebel group-Rebel group");
        assertThat(battle.get("disorder_type")).isEqualTo("Political violence");
    }

    @Test
    void codesAWarplaneStrikeAsAnAirStrikeWithMonthPrecisionAndNoToll() throws IOException {
        CSVRecord strike = rowsById().get("SYR2");
        assertThat(strike.get("event_type")).isEqualTo("Explosions/Remote violence");
        assertThat(strike.get("sub_event_type")).isEqualTo("Air/drone strike");
        assertThat(strike.get("event_date")).as("the middle of the month").isEqualTo("2015-05-15");
        assertThat(strike.get("time_precision")).isEqualTo("3");
        assertThat(strike.get("inter1")).isEqualTo("State forces");
        assertThat(strike.get("interaction")).isEqualTo("State forces-Rebel group");
        assertThat(strike.get("fatalities")).isEqualTo("0");
        assertThat(strike.get("source")).as("the outlet when no source is named").isEqualTo("Al-Monitor");
    }

    @Test
    void codesAnArrestByAStateForceAsAStrategicDevelopmentWithoutTheReportingMonitorAsActor() throws IOException {
        CSVRecord arrest = rowsById().get("IRQ1");
        assertThat(arrest.get("event_type")).isEqualTo("Strategic developments");
        assertThat(arrest.get("sub_event_type")).isEqualTo("Arrests");
        assertThat(arrest.get("actor1")).isEqualTo("Syrian Arab Army");
        assertThat(arrest.get("actor2")).isEmpty();
        assertThat(arrest.get("interaction")).as("state forces acting alone").isEqualTo("State forces only");
        assertThat(arrest.get("geo_precision")).isEqualTo("3");
    }

    @Test
    void truncatesNotesToAThousandCharacters() throws IOException {
        assertThat(rowsById().get("IRQ1").get("notes")).hasSize(1000);
    }

    @Test
    void neverCutsASurrogatePairWhenTruncatingNotes() throws IOException {
        KnowledgeSnapshot kb = ExportFixtures.snapshot();
        String sentence = "x".repeat(999) + "\uD83D\uDE00 and more";
        Event event = new Event("e-9", EventType.BATTLE, null, null, List.of("a-nusra"), List.of("a-nusra"), List.of(),
            AcledSubEvent.ARMED_CLASH, List.of(ExportFixtures.MIZNAZ), null, List.of(ExportFixtures.evidence("doc-a", sentence, null)));
        String written = ExportFixtures.export(new AcledCsvExporter(CLOCK),
            new KnowledgeSnapshot(kb.documents(), kb.actors(), kb.relations(), List.of(event)));
        assertThat(written).contains("x".repeat(999) + ",").doesNotContain("\uD83D");
    }

    @Test
    void namesEventsByTheCountrysIsoAlpha3CodeAndANumberThatStaysFromExportToExport() throws IOException {
        assertThat(rows()).extracting(r -> r.get("event_id_cnty").substring(0, 3)).containsExactly("SYR", "SYR", "IRQ", "EGY");
        assertThat(rows()).extracting(r -> r.get("event_id_cnty")).allMatch(id -> id.matches("[A-Z]{3}[1-9][0-9]{7}")).doesNotHaveDuplicates();
        assertThat(rowsById().get("EGY1").get("sub_event_type")).isEqualTo("Agreement");
        // The same facts exported again, or with an event fewer, keep their ids.
        KnowledgeSnapshot kb = ExportFixtures.snapshot();
        String fewer = ExportFixtures.export(new AcledCsvExporter(CLOCK),
            new KnowledgeSnapshot(kb.documents(), kb.actors(), kb.relations(), kb.events().subList(0, kb.events().size() - 1)));
        List<String> again = CSVParser.parse(new StringReader(fewer), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
            .getRecords().stream().map(r -> r.get("event_id_cnty")).toList();
        assertThat(rows().stream().map(r -> r.get("event_id_cnty")).toList()).containsAll(again);
    }

    @Test
    void namesTheCountryWithItsIsoNumericCodeAndAcledRegion() throws IOException {
        CSVRecord battle = rowsById().get("SYR1");
        assertThat(battle.get("iso")).isEqualTo("760");
        assertThat(battle.get("country")).isEqualTo("Syria");
        assertThat(battle.get("region")).isEqualTo("Middle East");
        assertThat(battle.get("admin1")).isEqualTo("Aleppo");
        assertThat(rowsById().get("IRQ1").get("iso")).isEqualTo("368");
        assertThat(rowsById().get("EGY1").get("region")).as("ACLED counts Egypt in the Middle East").isEqualTo("Middle East");
    }

    @Test
    void fillsAdmin2AndAdmin3FromTheDivisionsGivenAndLeavesThemEmptyWhereUnknown() throws IOException {
        PlaceDivisions divisions = new PlaceDivisions() {
            @Override
            public String admin2(org.orbat.model.Place place) {
                return place.name().equals("Miznaz") ? "Jebel Saman" : "";
            }

            @Override
            public String admin3(org.orbat.model.Place place) {
                return place.name().equals("Miznaz") ? "Atareb" : "";
            }
        };
        String written = ExportFixtures.export(new AcledCsvExporter(CLOCK, divisions), ExportFixtures.snapshot());
        Map<String, CSVRecord> byId = inCountryOrder(CSVParser.parse(new StringReader(written),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords());
        assertThat(byId.get("SYR1").get("admin2")).isEqualTo("Jebel Saman");
        assertThat(byId.get("SYR1").get("admin3")).isEqualTo("Atareb");
        assertThat(byId.get("IRQ1").get("admin3")).isEmpty();
    }

    @Test
    void stampsEveryRowWithTheExportTimeAsUnixSeconds() throws IOException {
        assertThat(rows()).extracting(r -> r.get("timestamp")).containsOnly("1714564800");
    }

    @Test
    void leavesOutAnEventWithoutPlaceAsAcledRecordsNone() throws IOException {
        assertThat(rows()).extracting(r -> r.get("notes")).doesNotContain(ExportFixtures.QUOTED_SENTENCE);
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoTheyReadBackVerbatim() throws IOException {
        KnowledgeSnapshot kb = ExportFixtures.snapshot();
        Event placed = new Event("e-9", EventType.DECLARATION, null, null, List.of("a-odd"), List.of("a-odd"), List.of(),
            AcledSubEvent.OTHER, List.of(ExportFixtures.PALMYRA), null,
            List.of(ExportFixtures.evidence("doc-c", ExportFixtures.QUOTED_SENTENCE, null)));
        String written = ExportFixtures.export(new AcledCsvExporter(CLOCK),
            new KnowledgeSnapshot(kb.documents(), kb.actors(), kb.relations(), List.of(placed)));
        CSVRecord declaration = CSVParser.parse(new StringReader(written),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords().get(0);
        assertThat(declaration.get("notes")).isEqualTo(ExportFixtures.QUOTED_SENTENCE);
        assertThat(declaration.get("actor1")).isEqualTo(ExportFixtures.ODD_NAME);
        assertThat(declaration.get("event_date")).as("undated, yet written").isEmpty();
        assertThat(declaration.get("time_precision")).isEmpty();
    }
}
