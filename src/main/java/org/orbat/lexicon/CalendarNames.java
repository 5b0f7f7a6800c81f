package org.orbat.lexicon;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A language's names of the months and the days of the week, read from {@code lang/<code>/months.tsv} and
 * {@code lang/<code>/weekdays.tsv}: the one place they are written, which date reading, SUTime's windows and
 * the toll and source rules all use. Lookups ignore case and a trailing full stop ("Sept.").
 *
 * <p>Immutable; threads may share it.
 */
public final class CalendarNames {
    /**
     * One month or weekday.
     *
     * @param number 1-12 for a month, ISO-8601 1 (Monday) to 7 (Sunday) for a weekday
     * @param name its full name, capitalised as written
     * @param abbreviations its short forms, capitalised as written
     * @param commonWord whether the lower-case name is also an everyday word ("march", "may")
     */
    public record Name(int number, String name, List<String> abbreviations, boolean commonWord) {
        public Name {
            abbreviations = List.copyOf(abbreviations);
        }

        /** The name and its abbreviations. */
        public Stream<String> forms() {
            return Stream.concat(Stream.of(name), abbreviations.stream());
        }
    }

    private static final Map<Language, CalendarNames> LOADED = new HashMap<>();

    private final List<Name> months;
    private final List<Name> weekdays;
    private final Map<String, Integer> monthByForm = new HashMap<>();
    private final Map<String, DayOfWeek> weekdayByForm = new HashMap<>();

    CalendarNames(List<Name> months, List<Name> weekdays) {
        this.months = List.copyOf(months);
        this.weekdays = List.copyOf(weekdays);
        months.forEach(m -> m.forms().forEach(f -> monthByForm.put(key(f), m.number())));
        weekdays.forEach(d -> d.forms().forEach(f -> weekdayByForm.put(key(f), DayOfWeek.of(d.number()))));
    }

    /** The calendar names of {@code language}, loaded on first use. */
    public static synchronized CalendarNames of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new CalendarNames(
            read(l.resource("months.tsv"), 12), read(l.resource("weekdays.tsv"), 7)));
    }

    public List<Name> months() {
        return months;
    }

    public List<Name> weekdays() {
        return weekdays;
    }

    /** The month a name or abbreviation stands for ("Sept." is 9). */
    public OptionalInt month(String word) {
        Integer n = monthByForm.get(key(word));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The day of the week a name or abbreviation stands for. */
    public Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(weekdayByForm.get(key(word)));
    }

    /** Every month name and abbreviation, lower case. */
    public Set<String> monthForms() {
        return Set.copyOf(monthByForm.keySet());
    }

    /** The weekdays' full names, lower case ("monday"): abbreviations are left out, as "sun" and "sat" are words. */
    public Set<String> weekdayNames() {
        Set<String> out = new HashSet<>();
        weekdays.forEach(d -> out.add(key(d.name())));
        return Set.copyOf(out);
    }

    /** A regular-expression alternation of every month form, longest first so none stops short. */
    public String monthAlternation() {
        return alternation(months.stream().flatMap(Name::forms));
    }

    /** A regular-expression alternation of every weekday form, longest first. */
    public String weekdayAlternation() {
        return alternation(weekdays.stream().flatMap(Name::forms));
    }

    /** A regular-expression alternation of the months' first three letters, as compact dates write them ("3Mar19"). */
    public String monthPrefixAlternation() {
        return alternation(months.stream().map(m -> m.name().substring(0, 3)));
    }

    private static String alternation(Stream<String> forms) {
        return WordTable.alternation(forms.collect(Collectors.toSet()));
    }

    private static String key(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(Locale.ROOT);
    }

    private static List<Name> read(String resource, int expected) {
        List<Name> names = TsvResource.read(resource).stream().map(row -> {
            String[] c = row.columns();
            if (c.length < 2) {
                throw new IllegalStateException(resource + " line " + row.line() + ": expected number and name");
            }
            List<String> abbreviations = c.length > 2 && !c[2].isBlank() ? List.of(c[2].trim().split(" +")) : List.of();
            return new Name(Integer.parseInt(c[0].trim()), c[1].trim(), abbreviations,
                c.length > 3 && c[3].trim().equals("common"));
        }).toList();
        if (names.size() != expected) {
            throw new IllegalStateException(resource + ": expected " + expected + " names, found " + names.size());
        }
        return names;
    }
}
