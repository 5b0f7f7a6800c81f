package org.orbat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.extract.places.Gazetteer;
import org.orbat.model.Event;
import org.orbat.model.Place;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Writes events as ACLED's CSV export does, one row per event merged across documents, in the 31
 * columns of ACLED's current export and their order, so ACLED tooling reads it. Coding follows the
 * ACLED codebook: the event's sub-event type and sides (read from its sentences at extraction), actor
 * types as text ({@link InterCode}), {@code event_id_cnty} as the country's ISO alpha-3 code and a
 * number drawn from what identifies the event across exports and releases (its type and the first report, article
 * and sentence, that states it), so a weekly file and its deletions list name the same event alike, {@code iso} the ISO numeric code, ACLED's region ({@link Countries}),
 * {@code time_precision} 1 for a day and 3 for a month (dated on the 15th, ACLED's middle of the month)
 * or a year (on 1 July), {@code geo_precision} 1/2/3 for an exact/near/governorate-level place, the
 * lowest reported toll as {@code fatalities} (0 when none), {@code timestamp} the Unix time of the
 * export, {@code admin2} and {@code admin3} the district and sub-district the gazetteer gives for the place
 * ({@link PlaceDivisions}; sub-districts only for Syria's OCHA places, empty elsewhere). Orbat does not
 * know source scale or tags; those stay empty. Like ACLED, which
 * records no event it cannot place in a country, the file leaves out events without a located place
 * (the JSON export keeps them). Quoting is RFC 4180 via Commons CSV. Threads may share an instance.
 */
public final class AcledCsvExporter implements Exporter {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
        "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
        "timestamp");
    static final int NOTES_MAX = 1000;

    private final Clock clock;
    private final PlaceDivisions divisions;

    /** An exporter that stamps rows with the current time and names districts from the shipped gazetteer. */
    public AcledCsvExporter() {
        this(Clock.systemUTC(), PlaceDivisions.from(Gazetteer::loadDefault));
    }

    /** An exporter that stamps rows ({@code timestamp}) with the clock's time and knows no district. */
    public AcledCsvExporter(Clock clock) {
        this(clock, PlaceDivisions.none());
    }

    /** An exporter that stamps rows with the clock's time and names districts from {@code divisions}. */
    public AcledCsvExporter(Clock clock, PlaceDivisions divisions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    @Override
    public void write(KnowledgeSnapshot kb, OutputStream out) throws IOException {
        ExportFacts facts = ExportFacts.of(kb);
        long timestamp = clock.instant().getEpochSecond();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Event e : facts.events()) {
                Optional<Place> place = e.locations().stream().findFirst();
                Optional<Countries.Country> country = place.flatMap(p -> Countries.find(p.country()));
                if (country.isPresent()) {
                    csv.printRecord(row(e, place.get(), country.get(), eventId(e, country.get().alpha3()), facts, timestamp));
                }
            }
        }
    }

    /**
     * The event's {@code event_id_cnty}: the country's alpha-3 code and eight digits of a SHA-256 of the event's type and
     * first report (article and sentence), so the same event keeps its id in every export while its first report stays.
     */
    static String eventId(Event e, String alpha3) {
        String first = e.evidence().stream().map(x -> x.documentId() + "#" + String.format(java.util.Locale.ROOT, "%06d", x.sentenceIndex()))
            .sorted().findFirst().orElse(e.id());
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest((e.type().code() + "@" + first).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", x);
        }
        long n = java.nio.ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
        return alpha3 + (10_000_000 + n % 90_000_000);
    }

    private List<Object> row(Event e, Place place, Countries.Country country, String id, ExportFacts facts,
                                    long timestamp) {
        AcledSubEvent code = e.acled();
        String actor1 = e.side1().isEmpty() ? null : e.side1().get(0);
        String actor2 = e.side2().isEmpty() ? null : e.side2().get(0);
        InterCode inter1 = actor1 == null ? null : interCode(actor1, facts);
        InterCode inter2 = actor2 == null ? null : interCode(actor2, facts);
        boolean civilianTarget = e.side2().stream().anyMatch(a -> facts.findActor(a).map(x -> x.kind() == ActorKind.CIVILIAN).orElse(false));
        DateValue date = e.date();
        return Arrays.asList(
            id,
            date == null ? "" : acledDate(date).toString(),
            date == null ? "" : date.date().getYear(),
            date == null ? "" : timePrecision(date),
            code.disorder().label(),
            code.family().label(),
            code.label(),
            name(actor1, facts),
            names(e.side1().stream().skip(1).toList(), facts),
            inter1 == null ? "" : inter1.label(),
            name(actor2, facts),
            names(e.side2().stream().skip(1).toList(), facts),
            inter2 == null ? "" : inter2.label(),
            inter1 == null ? "" : InterCode.interaction(inter1, inter2),
            civilianTarget ? "Civilian targeting" : "",
            country.numeric(),
            country.region(),
            country.name(),
            place.admin1() == null ? "" : place.admin1(),
            divisions.admin2(place),
            divisions.admin3(place),
            place.name(),
            place.lat(),
            place.lon(),
            place.geoPrecision(),
            String.join("; ", facts.sources(e.evidence())),
            "",
            notes(e),
            e.fatalities() == null ? 0 : e.fatalities(),
            "",
            timestamp);
    }

    private static InterCode interCode(String actorId, ExportFacts facts) {
        return InterCode.of(facts.findActor(actorId).map(Actor::kind).orElse(null), facts.name(actorId));
    }

    /** ACLED convention: 1 when the day is known, 3 for a month; a year alone (which ACLED does not record) is 3 too. */
    static int timePrecision(DateValue date) {
        return date.precision() == DateValue.Precision.DAY ? 1 : 3;
    }

    /** The day ACLED files the event under: the day itself, the 15th of a month, 1 July of a year. */
    static LocalDate acledDate(DateValue date) {
        return switch (date.precision()) {
            case DAY -> date.date();
            case MONTH -> date.date().withDayOfMonth(15);
            case YEAR -> date.date().withDayOfYear(1).withMonth(7);
        };
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
