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

/**
 * Finds where a sentence may hold a date SUTime can resolve: a number that may be a year
 * (1000-2999, as SUTime's {@code $INT1000TO3000}), a written date or time ("18.05.2017", "3/12",
 * "10:30", "2pm", "3rd"), or a word from {@code nlp/time-words.txt} (the month, weekday, time-unit,
 * time-of-day, season and holiday words of SUTime's own English rules). SUTime's TokensRegex rules
 * took two thirds of Orbat's NLP time, spent mostly on tokens far from any date; only the windows
 * around these words are handed to it. Text without them cannot yield a value {@link SuTimeValues}
 * keeps, which needs a year, a month, a day or a word relative to the publication date. Casualty
 * counts ("12 civilians") are no reason to run SUTime.
 *
 * <p>Loaded once per process, then immutable: threads may share it.
 */
final class TimeWords {
    static final String RESOURCE = "nlp/time-words.txt";

    private static final Pattern DATE_LIKE = Pattern.compile(
        "[12]\\d{3}s?|'\\d\\d|.*\\d[:/.\\-]\\d.*|\\d+(?:st|nd|rd|th|am|pm|a\\.m\\.|p\\.m\\.|h|hrs?|GMT)",
        Pattern.CASE_INSENSITIVE);

    private static TimeWords shared;

    private final Set<String> anyCase;
    private final Set<String> capitalised;

    TimeWords(Set<String> anyCase, Set<String> capitalised) {
        this.anyCase = Set.copyOf(anyCase);
        this.capitalised = Set.copyOf(capitalised);
    }

    /** The shipped word list, loaded on first use. */
    static synchronized TimeWords shared() {
        if (shared == null) {
            shared = load(RESOURCE);
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
            int begin = Math.max(0, i - margin);
            int end = Math.min(words.size(), i + margin + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && begin <= last[1]) {
                last[1] = end;
            } else {
                out.add(new int[] {begin, end});
            }
        }
        return out;
    }

    /** Whether {@code word} may be, or be part of, a date SUTime resolves. */
    boolean isTimeWord(String word) {
        boolean digit = false;
        for (int i = 0; i < word.length() && !digit; i++) {
            digit = Character.isDigit(word.charAt(i));
        }
        if (digit) {
            return DATE_LIKE.matcher(word).matches();
        }
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (bare.isEmpty()) {
            return false;
        }
        if (anyCase.contains(bare.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return Character.isUpperCase(bare.charAt(0)) && capitalised.contains(capitalise(bare));
    }

    private static String capitalise(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static TimeWords load(String resource) {
        Set<String> anyCase = new HashSet<>();
        Set<String> capitalised = new HashSet<>();
        try (InputStream in = TimeWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                (Character.isUpperCase(word.charAt(0)) ? capitalised : anyCase).add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new TimeWords(anyCase, capitalised);
    }
}
