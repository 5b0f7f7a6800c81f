package org.orbat.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.orbat.lexicon.CalendarNames;
import org.orbat.lexicon.Language;

/**
 * A curated word list of this package, loaded from {@code src/main/resources/lang/en/claims/NAME.txt}
 * (one lower-case word per line, {@code #} starts a comment; each file names where its words come from).
 * Immutable, so threads may share it.
 */
record Lexicon(String name, Set<String> words) {
    Lexicon {
        words = Set.copyOf(words);
    }

    static final Lexicon DEATH = load("death-words");
    static final Lexicon WOUND = load("wound-words");
    static final Lexicon OTHER_FATES = load("other-fates");
    static final Lexicon TOLL_NOUNS = load("toll-nouns");
    static final Lexicon TOLL_LINKS = load("toll-links");
    static final Lexicon QUANTITY_MODIFIERS = load("quantity-modifiers");
    static final Lexicon LOWER_BOUNDS = load("lower-bounds");
    static final Lexicon PERSON_NOUNS = load("person-nouns");
    static final Lexicon MEASURE_NOUNS = load("measure-nouns");
    static final Lexicon NUMBER_DESIGNATORS = load("number-designators");
    static final Lexicon MONTHS = new Lexicon("months", CalendarNames.of(Language.ENGLISH).monthForms());
    static final Lexicon WEEKDAYS = new Lexicon("weekdays", CalendarNames.of(Language.ENGLISH).weekdayNames());
    static final Lexicon REPORTING_VERBS = load("reporting-verbs");
    static final Lexicon NON_SOURCES = load("non-sources");
    static final Lexicon DENIAL_VERBS = load("denial-verbs");
    static final Lexicon NEGATIONS = load("negations");
    static final Lexicon HEDGES = load("hedges");
    static final Lexicon CLAIM_VERBS = load("claim-verbs");
    static final Lexicon DISPUTE_MARKERS = load("dispute-markers");
    static final Lexicon CLAUSE_BREAKS = load("clause-breaks");
    static final Lexicon SOURCE_WORDS = load("source-words");

    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    static Lexicon load(String name) {
        String resource = Language.ENGLISH.resource("claims/" + name + ".txt");
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return new Lexicon(name, words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + resource, e);
        }
    }
}
