package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.OrbatCommand;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;
import org.orbat.query.EventCriteria;
import org.orbat.query.QueryService;
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.SentenceRecord;

/**
 * Adding an event type means adding its enum constant (with its traits) and its trigger rows, nothing else:
 * every later stage reads the types from {@link EventType}. This test goes over every constant, so a type
 * added tomorrow is checked too: it has a trigger row, and an event of it is stored, found by the query the
 * API and the page ask ({@code /api/events?type=}), and written by the JSON and ACLED CSV exports with its
 * ACLED coding. (The API's schema and the page's lists come from the same enum: {@code ApiServerTest}.)
 */
class EveryEventTypeReachesEveryOutputTest {
    private static final String SENTENCE = "Fighters of the Example Front and the Sample Brigade were reported near Aleppo.";

    @TempDir
    Path dir;

    @Test
    void everyEventTypeHasATriggerRow() {
        Set<String> triggered = TsvResource.read(Language.ENGLISH.resource("event-triggers.tsv")).stream()
            .filter(row -> row.columns().length > 1).map(row -> row.columns()[1].trim()).collect(Collectors.toSet());
        assertThat(triggered).containsAll(Arrays.stream(EventType.values()).map(EventType::code).toList());
    }

    @Test
    void anEventOfEveryTypeIsStoredQueriedAndExported() throws Exception {
        String db = dir.resolve("kb.db").toString();
        List<Event> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            events.add(new Event("doc-1-" + type.code(), type, DateValue.parse("2016-03-03").orElseThrow(), null,
                List.of("example-front", "sample-brigade"),
                List.of(new Place("Aleppo", 36.2, 37.16, "Aleppo", "SY", "city", "exact")), null,
                List.of(new Evidence("doc-1", 0, SENTENCE, null, null, Stance.ASSERTED))));
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document(events));
            QueryService queries = QueryService.over(kb.readModel(), Clock.systemUTC());
            for (EventType type : EventType.values()) {
                assertThat(queries.events(new EventCriteria(null, null, null, null, type.code(), 0, 10)).events())
                    .as("events of type " + type.code()).singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(type));
            }
        }

        Path json = dir.resolve("kb.json");
        Path csv = dir.resolve("events.csv");
        assertThat(export(db, "json", json)).isZero();
        assertThat(export(db, "acled-csv", csv)).isZero();

        JsonNode kb = new ObjectMapper().readTree(json.toFile());
        List<String> exported = new ArrayList<>();
        kb.get("events").forEach(e -> exported.add(e.get("type").asText()));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::code).toList());

        List<String> acledTypes = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                acledTypes.add(row.get("sub_event_type"));
            }
        }
        assertThat(acledTypes).as("one ACLED row per event, each with a sub-event type").hasSize(EventType.values().length)
            .allSatisfy(t -> assertThat(t).isNotBlank());
    }

    private static int export(String db, String format, Path out) {
        StringWriter sink = new StringWriter();
        return OrbatCommand.run(new PrintWriter(sink), new PrintWriter(sink), "export", "--db", db, "--format", format,
            "-o", out.toString());
    }

    private static DocumentFacts document(List<Event> events) {
        DocumentRecord doc = new DocumentRecord("doc-1", "file:/x/doc-1", "/x/doc-1.txt", null, "Title", "Outlet", null,
            DateValue.parse("2016-03-04").orElseThrow(), "text:dd Month, yyyy", "h1", Language.ENGLISH);
        List<Actor> actors = List.of(
            new Actor("example-front", "Example Front", ActorKind.GROUP, List.of(), List.of(), true),
            new Actor("sample-brigade", "Sample Brigade", ActorKind.GROUP, List.of(), List.of(), true));
        return new DocumentFacts(doc, SENTENCE, List.of(new SentenceRecord(0, 0, SENTENCE.length(), SENTENCE)), List.of(),
            actors, List.of(), events);
    }
}
