package org.orbat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.orbat.lexicon.CalendarNames;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordCase;
import org.orbat.lexicon.WordTable;

/**
 * Finds where a sentence may hold a date SUTime can resolve: a number that may be a year
 * (1000-2999, as SUTime's {@code $INT1000TO3000}), a written date or time ("18.05.2017", "3/12",
 * "10:30", "2pm", "3rd"), or a word from {@code lang/en/time-words.txt} (the month, weekday, time-unit,
 * time-of-day, season and holiday words of SUTime's own English rules). SUTime's TokensRegex rules
 * took two thirds of Orbat's NLP time, spent mostly on tokens far from any date; only the windows
 * around these words are handed to it. Text without them cannot yield a value {@link SuTimeValues}
 * keeps, which needs a year, a month, a day or a word relative to the publication date. Casualty
 * counts ("12 civilians") are no reason to run SUTime.
 *
 * <p>Loaded once per process, then immutable: threads may share it.
 */
final class TimeWords {
    static final String RESOURCE = "lang/en/time-words.txt";
    static final String CONTEXT_RESOURCE = "lang/en/time-context-words.txt";

    private static final Pattern DATE_LIKE = Pattern.compile(
        "[12]\\d{3}s?|'\\d\\d|.*\\d[:/.\\-]\\d.*|\\d+(?:st|nd|rd|th|am|pm|a\\.m\\.|p\\.m\\.|h|hrs?|GMT)",
        Pattern.CASE_INSENSITIVE);

    /** This class's words, kept as data: {@code lang/en/grammar/time-words.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/time-words.tsv");
    private static final Set<String> YEAR_PREPOSITIONS = GRAMMAR.words("year-prepositions");

    private static TimeWords shared;

    private final Set<String> anyCase;
    private final Set<String> capitalised;
    private final Set<String> context;

    TimeWords(Set<String> anyCase, Set<String> capitalised, Set<String> context) {
        this.anyCase = Set.copyOf(anyCase);
        this.capitalised = Set.copyOf(capitalised);
        this.context = Set.copyOf(context);
    }

    /** The shipped word list, loaded on first use. */
    static synchronized TimeWords shared() {
        if (shared == null) {
            Set<String> anyCase = new HashSet<>();
            Set<String> capitalised = new HashSet<>();
            for (String word : lines(RESOURCE)) {
                (Character.isUpperCase(word.charAt(0)) ? capitalised : anyCase).add(word);
            }
            // Month and weekday names: a full name matches in any case unless it is also an everyday
            // word ("march", "may"); abbreviations only capitalised ("Sun", "Sat", "Mar"); weekdays
            // also in the plural ("on Fridays").
            CalendarNames calendar = CalendarNames.of(Language.ENGLISH);
            for (CalendarNames.Name month : calendar.months()) {
                if (month.commonWord()) {
                    capitalised.add(month.name());
                } else {
                    anyCase.add(month.name().toLowerCase(Locale.ROOT));
                }
                capitalised.addAll(month.abbreviations());
            }
            for (CalendarNames.Name day : calendar.weekdays()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                anyCase.add(name);
                anyCase.add(name + "s");
                capitalised.addAll(day.abbreviations());
            }
            shared = new TimeWords(anyCase, capitalised, new HashSet<>(lines(CONTEXT_RESOURCE)));
        }
        return shared;
    }

    /**
     * The token ranges of {@code words} worth handing to SUTime: {@code margin} tokens either side of
     * every time word, overlapping ranges merged; empty when the sentence has no time word.
     *
     * @return pairs {@code {begin, end}} (end exclusive), in order
     */
    List<int[]> windows(List<String> words, int margin) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!isTimeWord(words.get(i))) {
                continue;
            }
            // A number is a year or a count by its neighbours ("in 1967" / "1400 people"), which SUTime
            // reads: it keeps its whole margin. A word widens only over what may belong to its date.
            boolean number = hasDigit(words.get(i)) && !(i > 0 && introducesYear(words.get(i - 1)));
            int begin = i;
            while (begin > 0 && i - begin < margin && (number || mayJoin(words.get(begin - 1)))) {
                begin--;
            }
            int end = i + 1;
            while (end < words.size() && end - i <= margin && (number || mayJoin(words.get(end)))) {
                end++;
            }
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && begin <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                out.add(new int[] {begin, end});
            }
        }
        return out;
    }

    /**
     * Whether {@code word} may stand in a date expression next to a time word: another time word, a
     * number, or a word from SUTime's English rules that modifies one ("on", "last", "early", "ago").
     * A window stops at the first word that may not, since SUTime's cost grows with every token.
     */
    boolean mayJoin(String word) {
        return hasDigit(word) || context.contains(word.toLowerCase(Locale.ROOT)) || isTimeWord(word);
    }

    /**
     * Whether a number after {@code word} can only be a year or a day of the month ("in 2014",
     * "March 2015", "since 2011"): then its window need not keep the neighbours that tell a year
     * from a count.
     */
    private boolean introducesYear(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return YEAR_PREPOSITIONS.contains(lower) || !hasDigit(word) && isTimeWord(word) && Character.isUpperCase(word.charAt(0));
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} may be, or be part of, a date SUTime resolves. */
    boolean isTimeWord(String word) {
        if (hasDigit(word)) {
            return DATE_LIKE.matcher(word).matches();
        }
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (bare.isEmpty()) {
            return false;
        }
        if (anyCase.contains(bare.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return Character.isUpperCase(bare.charAt(0)) && capitalised.contains(WordCase.titleCase(bare));
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = TimeWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return out;
    }
}
