package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Place;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes events as an ACLED-style CSV, one row per event merged across documents, in the column
 * names and order of ACLED's export (a subset: the columns Orbat can fill), so existing ACLED tooling
 * reads it. Coding follows the ACLED codebook: the event's own sub-event type and sides (read from its
 * sentences at extraction), inter codes via {@link InterCode}, {@code time_precision} 1/2/3 for a day/month/year date ({@code event_date} is the
 * period's first day), {@code geo_precision} 1/2/3 for an exact/near/governorate-level place, the
 * lowest reported toll as {@code fatalities} (0 when none). Quoting is RFC 4180 via Commons CSV.
 * Stateless; threads may share it.
 */
public final class AcledCsvExporter implements Exporter {
    /** The columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
        "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "civilian_targeting", "iso", "country", "admin1", "location",
        "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
    static final int NOTES_MAX = 1000;

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ExportFacts facts = ExportFacts.of(kb);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        Map<String, Integer> numbers = new HashMap<>();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Event e : facts.events()) {
                csv.printRecord(row(e, facts, numbers));
            }
        }
    }

    private static List<Object> row(Event e, ExportFacts facts, Map<String, Integer> numbers) {
        Place place = e.locations().isEmpty() ? null : e.locations().get(0);
        String country = CountryCodes.alpha3(place == null ? null : place.country());
        int number = numbers.merge(country, 1, Integer::sum);
        AcledSubEvent code = e.acled();
        String actor1 = e.side1().isEmpty() ? null : e.side1().get(0);
        String actor2 = e.side2().isEmpty() ? null : e.side2().get(0);
        int inter1 = actor1 == null ? 0 : InterCode.of(facts.findActor(actor1).map(Actor::kind).orElse(null), actor1, facts);
        int inter2 = actor2 == null ? 0 : InterCode.of(facts.findActor(actor2).map(Actor::kind).orElse(null), actor2, facts);
        boolean civilianTarget = e.side2().stream().anyMatch(id -> facts.findActor(id).map(a -> a.kind() == ActorKind.CIVILIAN).orElse(false));
        DateValue date = e.date();
        return java.util.Arrays.asList(
            country + number,
            date == null ? "" : date.date().toString(),
            date == null ? "" : date.date().getYear(),
            date == null ? "" : timePrecision(date),
            code.disorder().label(),
            code.family().label(),
            code.label(),
            name(actor1, facts),
            names(e.side1().stream().skip(1).toList(), facts),
            inter1 == 0 ? "" : inter1,
            name(actor2, facts),
            names(e.side2().stream().skip(1).toList(), facts),
            inter2 == 0 ? "" : inter2,
            inter1 == 0 ? "" : InterCode.interaction(inter1, inter2),
            civilianTarget ? "Civilian targeting" : "",
            place == null || place.country() == null ? "" : country,
            place == null || place.country() == null ? "" : new java.util.Locale("", place.country()).getDisplayCountry(java.util.Locale.ENGLISH),
            place == null || place.admin1() == null ? "" : place.admin1(),
            place == null ? "" : place.name(),
            place == null ? "" : place.lat(),
            place == null ? "" : place.lon(),
            place == null ? "" : geoPrecision(place.precision()),
            String.join("; ", facts.sources(e.evidence())),
            notes(e),
            e.fatalities() == null ? 0 : e.fatalities());
    }

    /** ACLED convention: 1 when the day is known, 2 for the month, 3 for only the year. */
    static int timePrecision(DateValue date) {
        return switch (date.precision()) {
            case DAY -> 1;
            case MONTH -> 2;
            case YEAR -> 3;
        };
    }

    /** ACLED convention: 1 for the place itself, 2 for somewhere near it, 3 for the governorate only. */
    static int geoPrecision(String precision) {
        if ("exact".equals(precision)) {
            return 1;
        }
        return "near".equals(precision) ? 2 : 3;
    }

    private static String notes(Event e) {
        String text = ExportFacts.firstText(e.evidence()).orElse("");
        if (text.length() <= NOTES_MAX) {
            return text;
        }
        // Never cut between the two halves of a surrogate pair (an emoji, a rare script).
        int end = Character.isHighSurrogate(text.charAt(NOTES_MAX - 1)) ? NOTES_MAX - 1 : NOTES_MAX;
        return text.substring(0, end);
    }

    private static String name(String id, ExportFacts facts) {
        return id == null ? "" : facts.name(id);
    }

    private static String names(List<String> ids, ExportFacts facts) {
        return ids.stream().map(facts::name).collect(Collectors.joining("; "));
    }
}
