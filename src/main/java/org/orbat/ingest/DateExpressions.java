package org.orbat.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.lexicon.CalendarNames;
import org.orbat.lexicon.Language;
import org.orbat.model.DateValue;

/**
 * Finds the written date forms news pages use for bylines and source lines: "01 March, 2015",
 * "March 1, 2015", "1 March 2015", "2015-03-01", "11/30/2024", "07Oct14", "March 2015", each with an
 * optional weekday ("Sat, 11/30/2024"). Impossible dates ("31/02/2015") are dropped, never rolled
 * over. Dotted and dashed numeric dates are read day first; a slashed one whose day and month could be
 * swapped is kept only when a weekday settles which reading is meant.
 *
 * <p>Stateless; threads may share it.
 */
final class DateExpressions {

    /** A date found in a line, with the characters it spans (weekday included). */
    record Found(DateValue date, int start, int end) {
    }

    private static final CalendarNames CALENDAR = CalendarNames.of(Language.ENGLISH);
    private static final String MONTH = "(" + CALENDAR.monthAlternation() + ")\\.?";
    private static final String WEEKDAY = "(?:(" + CALENDAR.weekdayAlternation() + ")\\.?,?\\s+)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // The month and weekday names are data (lang/en, CalendarNames); what stays here is the grammar of written
    // dates: ordinal suffixes, "of", separators and the order of day, month and year.

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?=\\b|T)");
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern COMPACT = Pattern.compile(
            "\\b(\\d{1,2})(" + CALENDAR.monthPrefixAlternation() + ")(\\d{2})\\b", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);

    private DateExpressions() {
    }

    /**
     * All day-precise dates in {@code line}, in order of position; overlapping finds keep the
     * earliest, longest one.
     */
    static List<Found> findAll(CharSequence line) {
        List<Found> found = new ArrayList<>();
        collect(DAY_MONTH_YEAR.matcher(line), found, m -> day(m.group(4), month(m.group(3)), m.group(2)));
        collect(MONTH_DAY_YEAR.matcher(line), found, m -> day(m.group(4), month(m.group(2)), m.group(3)));
        collect(ISO.matcher(line), found, m -> day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        collect(NUMERIC.matcher(line), found, DateExpressions::numeric);
        collect(COMPACT.matcher(line), found,
                m -> day(String.valueOf(twoDigitYear(m.group(3))), month(m.group(2)), m.group(1)));
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The first date in {@code line}, falling back to a month-precise "March 2015" when no day is given. */
    static Optional<Found> first(CharSequence line) {
        List<Found> days = findAll(line);
        if (!days.isEmpty()) {
            return Optional.of(days.get(0));
        }
        Matcher m = MONTH_YEAR.matcher(line);
        if (m.find()) {
            return Optional.of(new Found(DateValue.month(Integer.parseInt(m.group(2)), month(m.group(1))),
                    m.start(), m.end()));
        }
        return Optional.empty();
    }

    private interface Reading {
        Optional<DateValue> apply(Matcher m);
    }

    private static void collect(Matcher m, List<Found> into, Reading reading) {
        while (m.find()) {
            reading.apply(m).ifPresent(d -> into.add(new Found(d, m.start(), m.end())));
        }
    }

    private static Optional<DateValue> numeric(Matcher m) {
        int first = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(4));
        int year = Integer.parseInt(m.group(5));
        if (!m.group(3).equals("/")) {
            // Dots and dashes ("28.04.2017", "27-02-2016") are the day-first conventions; only the
            // slash is shared by day-first and US month-first writing.
            return date(year, second, first).map(DateValue::day);
        }
        Optional<LocalDate> dayFirst = date(year, second, first);
        Optional<LocalDate> monthFirst = date(year, first, second);
        Optional<DayOfWeek> weekday = weekday(m.group(1));
        if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) {
            if (weekday.isEmpty()) {
                return Optional.empty();
            }
            dayFirst = dayFirst.filter(d -> d.getDayOfWeek() == weekday.get());
            monthFirst = monthFirst.filter(d -> d.getDayOfWeek() == weekday.get());
        }
        return (dayFirst.isPresent() ? dayFirst : monthFirst).map(DateValue::day);
    }

    /** "07Oct14" is 2014; a two-digit year of 50 or more is read as the 1900s. */
    private static int twoDigitYear(String yy) {
        int y = Integer.parseInt(yy);
        return y >= 50 ? 1900 + y : 2000 + y;
    }

    private static Optional<DateValue> day(String year, int month, String day) {
        return date(Integer.parseInt(year), month, Integer.parseInt(day)).map(DateValue::day);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year < 1900 || year > 2199) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return CALENDAR.month(name).orElseThrow(() -> new IllegalArgumentException("Not a month name: " + name));
    }

    private static Optional<DayOfWeek> weekday(String name) {
        return name == null ? Optional.empty() : CALENDAR.weekday(name);
    }
}
