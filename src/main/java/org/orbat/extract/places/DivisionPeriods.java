package org.orbat.extract.places;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.orbat.model.DateValue;
import org.orbat.model.Place;

/**
 * First-level divisions reorganised on a date ({@code gazetteer/admin1-periods.tsv}, from OCHA's P-code list): an
 * event on or after the date is reported in the division then in force (Libya's East, West and South since
 * 2018-05-07), one before it, or with no date, in the division the gazetteer gives. ACLED codes admin1 by the
 * divisions in force when the event happened. Immutable and thread-safe.
 */
public final class DivisionPeriods {
    static final String RESOURCE = "gazetteer/admin1-periods.tsv";

    /** A division's name from a date on. */
    private record Renamed(String admin1, LocalDate from) {
    }

    private static final class Holder {
        static final DivisionPeriods DEFAULT = load(RESOURCE);
    }

    private final Map<String, Renamed> byDivision;

    private DivisionPeriods(Map<String, Renamed> byDivision) {
        this.byDivision = Map.copyOf(byDivision);
    }

    /** The bundled table, read once. */
    public static DivisionPeriods loadDefault() {
        return Holder.DEFAULT;
    }

    static DivisionPeriods load(String resource) {
        Map<String, Renamed> table = new HashMap<>();
        ResourceTables.rows(resource, 4, cols -> {
            try {
                table.put(cols[0] + "/" + cols[1], new Renamed(cols[2], LocalDate.parse(cols[3])));
            } catch (DateTimeParseException e) {
                throw new MalformedGazetteerException(resource, 0, "bad date '" + cols[3] + "' for " + cols[0] + "/" + cols[1]);
            }
        });
        return new DivisionPeriods(table);
    }

    /**
     * {@code place} with the first-level division in force on {@code date}: the same place when its division was
     * not reorganised, the date is unknown, or it begins before the reorganisation (a month or year that starts
     * before it is read in the older division).
     */
    public Place at(Place place, DateValue date) {
        if (date == null || place.admin1() == null) {
            return place;
        }
        Renamed renamed = byDivision.get(place.country() + "/" + place.admin1());
        if (renamed == null || date.date().isBefore(renamed.from())) {
            return place;
        }
        return new Place(place.name(), place.lat(), place.lon(), renamed.admin1(), place.country(), place.featureClass(),
            place.precision());
    }
}
