package org.orbat.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a given precision: a year, a month or a day. Reports rarely give the
 * exact day ("in 2017", "last November"), and a fact must not claim more precision than its source.
 *
 * <p>The ISO form's length is its precision: {@code "2015"}, {@code "2015-03"}, {@code "2015-03-01"}.
 *
 * @param date the first day of the period (for a month, its first day; for a year, 1 January)
 * @param precision how much of {@code date} is known
 */
public record DateValue(LocalDate date, Precision precision) implements Comparable<DateValue> {

    /** How much of a date a source gave. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$");

    public DateValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    public static DateValue day(LocalDate date) {
        return new DateValue(date, Precision.DAY);
    }

    public static DateValue month(int year, int month) {
        return new DateValue(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is none of these or no real date. */
    public static Optional<DateValue> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return Optional.of(day(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            }
            if (m.group(2) != null) {
                return Optional.of(month(y, Integer.parseInt(m.group(2))));
            }
            return Optional.of(year(y));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the period this value covers. */
    public LocalDate last() {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    /** Whether the two periods share at least one day, allowing {@code slackDays} either side. */
    public boolean overlaps(DateValue other, int slackDays) {
        return !last().plusDays(slackDays).isBefore(other.date) && !other.last().plusDays(slackDays).isBefore(date);
    }

    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    @Override
    public int compareTo(DateValue o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
