package org.orbat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a sentence may hold a date SUTime can resolve: a token with a digit, or a word from
 * {@code nlp/time-words.txt} (the month, weekday, time-unit, time-of-day, season and holiday words
 * of SUTime's own English rules). SUTime's TokensRegex rules took two thirds of Orbat's NLP time,
 * spent mostly on sentences without any date; only sentences this gate lets through are handed to
 * it. A sentence it turns away cannot yield a value {@link SuTimeValues} keeps, which needs a year,
 * a month, a day or a word relative to the publication date.
 *
 * <p>Loaded once per process, then immutable: threads may share it.
 */
final class TimeWords {
    static final String RESOURCE = "nlp/time-words.txt";

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

    /** Whether any of {@code words} has a digit or is a time word. */
    boolean anyIn(List<String> words) {
        for (String word : words) {
            if (isTimeWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} has a digit or is a time word. */
    boolean isTimeWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
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
