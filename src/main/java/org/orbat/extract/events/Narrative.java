package org.orbat.extract.events;

import java.util.Locale;
import java.util.Set;
import org.orbat.extract.time.FactDates;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Carries a date from one sentence to the next when the story goes on: "In August 2014, Nusra
 * announced its hostility to the SRF. It later expelled it from Jabal al-Zawya." dates the
 * expulsion to 2014, not to the publication date. A sentence without a date expression of its own
 * that opens with a pronoun or a sequencing word continues the previous sentence's story. One
 * instance per article; not thread-safe.
 */
final class Narrative {
    /** This class's words, kept as data: {@code lang/en/grammar/narrative.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/narrative.tsv");
    private static final Set<String> CONTINUATIONS = GRAMMAR.words("continuations");

    private FactDates.Span last;
    private int lastSentence = -2;

    /** The date the sentence inherits, or {@code null}; remembers the sentence's own date for the next one. */
    FactDates.Span dateFor(AnnotatedSentence s) {
        FactDates.Span inherited = null;
        if (s.times().isEmpty()) {
            if (last != null && s.index() == lastSentence + 1 && continues(s)) {
                inherited = last;
                lastSentence = s.index();
            }
        } else {
            last = new FactDates.Span(s.times().get(0).value(), null, true);
            lastSentence = s.index();
        }
        return inherited;
    }

    private static boolean continues(AnnotatedSentence s) {
        if (s.tokens().isEmpty()) {
            return false;
        }
        String first = s.tokens().get(0).word().toLowerCase(Locale.ROOT);
        String two = s.tokens().size() > 1 ? first + " " + s.tokens().get(1).word().toLowerCase(Locale.ROOT) : first;
        return CONTINUATIONS.contains(first) || CONTINUATIONS.contains(two);
    }
}
