package org.orbat.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.DateValue;

/**
 * Decides whether a date SUTime found is written as a date. SUTime reads any number from 1000 to 2999 as a year
 * and any season or time-of-day word as a date; news text is full of such numbers and words that are no date: a
 * resolution ("resolution 2254"), a clock time ("at 1459", "2159 18.05.2017", "(2000 GMT)"), a count ("more than
 * 1400 were killed", "up to 1429"), a page counter ("Rises (1881)"), a range of counts ("from 2000 to a few hundred"), and names ("Operation Peace Spring", "the Arab
 * Spring"). So a bare number becomes a year only after a word that introduces one ("in 2014", "since 2011", "March
 * 2015" is already date syntax), and a capitalised time word inside a name is no date. A year SUTime computed from a
 * count of years ("now in its sixth year") rather than read, far from the publication year, is dropped too.
 *
 * <p>Stateless; threads may share it.
 */
final class DateSyntax {
    /** This class's words, kept as data: {@code lang/en/grammar/date-syntax.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/date-syntax.tsv");
    /** Words after which a four-digit number is a year ("in 2014", "since 2011", "the summer of 2013"). */
    private static final Set<String> YEAR_INTRODUCERS = GRAMMAR.words("year-introducers");
    /** Words after which a year may follow another year ("between 2011 and 2014", "2012 to 2014"). */
    private static final Set<String> RANGE_LINKS = GRAMMAR.words("range-links");
    /** Capitalised words that may open a date expression rather than a name ("On Saturday", "Last Spring"). */
    private static final Set<String> OPENERS = GRAMMAR.words("openers");
    /**
     * How many years after publication a date may lie: a report dates what happened, or at most what is planned for
     * the coming year; "2159" or "2254" in a 2017 report is a clock time or a resolution number.
     */
    private static final int FUTURE_SLACK = 1;
    /** Time words that operation and movement names use ("Peace Spring", "Arab Spring", "Operation Dawn"). */
    private static final Set<String> NAME_TIME_WORDS = GRAMMAR.words("name-time-words");

    private DateSyntax() {
    }

    /**
     * @param words the sentence's words
     * @param begin first word of the expression (inclusive)
     * @param end last word of the expression (exclusive)
     * @param value what SUTime made of it
     * @param anchor the publication date, or {@code null}
     */
    static boolean admits(List<String> words, int begin, int end, DateValue value, LocalDate anchor) {
        int yearAt = -1;
        boolean dateWords = false;
        for (int i = begin; i < end; i++) {
            String word = words.get(i);
            if (word.matches("[12]\\d{3}s?")) {
                yearAt = i;
            } else if (TimeWords.shared().isTimeWord(word)) {
                dateWords = true;
            }
        }
        if (anchor != null && value.date().getYear() > anchor.getYear() + FUTURE_SLACK) {
            return false;
        }
        if (yearAt >= 0 && !dateWords) {
            return introducedAsYear(words, yearAt);
        }
        if (yearAt < 0) {
            if (isInsideName(words, begin)) {
                return false;
            }
            // "the conflict, now in its sixth year": SUTime adds the count to the anchor's year.
            boolean counted = value.precision() == DateValue.Precision.YEAR && anchor != null
                && value.date().getYear() > anchor.getYear();
            return !counted;
        }
        return true;
    }

    /** "in 2014", "since 2011", "between 2011 and 2014"; not "resolution 2254", "at 1459", "1300 killed". */
    private static boolean introducedAsYear(List<String> words, int at) {
        String previous = at > 0 ? lower(words.get(at - 1)) : "";
        String next = at + 1 < words.size() ? lower(words.get(at + 1)) : "";
        if (next.equals("gmt") || next.equals("utc") || next.equals("hrs") || next.equals("local")
            || next.matches("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}")) {
            return false;
        }
        if (previous.equals("from") && RANGE_LINKS.contains(next) && !yearAfter(words, at + 2)) {
            // "reduced the population from 2000 to a few hundred": a range of counts, not of years.
            return false;
        }
        if (YEAR_INTRODUCERS.contains(previous)) {
            return true;
        }
        return RANGE_LINKS.contains(previous) && at >= 2 && words.get(at - 2).matches("[12]\\d{3}");
    }

    /** Whether the words from {@code at} on name a year or a date ("to 2014", "to March 2015", "to mid-2016"). */
    private static boolean yearAfter(List<String> words, int at) {
        for (int i = at; i < Math.min(words.size(), at + 3); i++) {
            String word = words.get(i);
            if (word.matches("[12]\\d{3}s?") || TimeWords.shared().isTimeWord(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Operation Peace Spring", "the Arab Spring", "Operation Dawn": a capitalised time word after a capitalised word
     * that cannot open a date is part of a name.
     */
    private static boolean isInsideName(List<String> words, int begin) {
        String first = words.get(begin);
        if (begin == 0 || first.isEmpty() || !Character.isUpperCase(first.charAt(0))
            || !NAME_TIME_WORDS.contains(lower(first))) {
            return false;
        }
        String previous = words.get(begin - 1);
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && !OPENERS.contains(lower(previous))
            && !TimeWords.shared().isTimeWord(previous);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
