package org.orbat.nlp;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.DateValue;

/**
 * "On 9 and 10 August", "from 9 to 11 August", "9-10 August": SUTime reads the day that carries the month and
 * leaves the bare day number before it, so the first day of the span is lost. A number of 1 to 31 that comes right
 * before a range word and such a day, and is smaller than it, is the span's first day, in the same month and year.
 * ACLED dates each day of a span ("Event Time"); the span's first day is the first event's. Stateless.
 */
final class DayRanges {
    /** This class's words, kept as data: {@code lang/en/grammar/date-syntax.tsv}. */
    private static final Set<String> RANGE_LINKS = WordTable.of(Language.ENGLISH, "grammar/date-syntax.tsv").words("range-links");

    private DayRanges() {
    }

    /** The expressions found, with the first day of each span written "D and D Month" added before its last day. */
    static List<TimeExpression> withFirstDays(List<Token> tokens, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size() + 1);
        for (TimeExpression t : times) {
            firstDay(tokens, t).ifPresent(out::add);
            out.add(t);
        }
        return out;
    }

    private static java.util.Optional<TimeExpression> firstDay(List<Token> tokens, TimeExpression t) {
        int link = t.tokenBegin() - 1;
        int first = t.tokenBegin() - 2;
        if (t.value().precision() != DateValue.Precision.DAY || first < 0
                || !RANGE_LINKS.contains(tokens.get(link).word().toLowerCase(java.util.Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        Integer day = dayNumber(tokens.get(first).word());
        Integer last = dayNumber(tokens.get(t.tokenBegin()).word());
        if (day == null || last == null || last != t.value().date().getDayOfMonth() || day >= last) {
            return java.util.Optional.empty();
        }
        try {
            DateValue start = DateValue.day(t.value().date().withDayOfMonth(day));
            return java.util.Optional.of(new TimeExpression(tokens.get(first).word(), first, first + 1, start));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A day of the month written as digits ("9", "10th"), or {@code null}. */
    private static Integer dayNumber(String word) {
        String digits = word.replaceAll("(?i)(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return null;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= 31 ? n : null;
    }
}
