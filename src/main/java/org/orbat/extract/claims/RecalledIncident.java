package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Recognises the toll of an earlier incident that a sentence recalls to place its own: "The assault comes a week
 * after a car bomb killed 40 in the city", "Monday's attack followed an ambush that killed 12". The sentence's
 * incident is the one its main clause names; the count after "after" or "followed" belongs to the other one, and the
 * ACLED codebook gives each event only the deaths of its own day and place ("Reported fatalities"). A count before
 * the linking word ("killed 12 after storming the post") is the main clause's. Stateless.
 */
final class RecalledIncident {
    private static final Lexicon INCIDENTS = Lexicon.load("incident-nouns");
    private static final Lexicon CAMPAIGNS = Lexicon.load("campaign-nouns");
    /** This class's words, kept as data: {@code lang/en/grammar/recalled-incident.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/recalled-incident.tsv");
    /** Words that link an incident to an earlier one it comes after. */
    private static final Set<String> LINKS = GRAMMAR.words("links");

    private RecalledIncident() {
    }

    /** Whether {@code toll} is the toll of an earlier incident its sentence recalls after naming its own. */
    static boolean covers(List<Token> tokens, Toll toll) {
        int link = -1;
        for (int i = toll.tokenBegin() - 1; i > 0; i--) {
            Token token = tokens.get(i);
            String word = Words.lower(token);
            if (Words.isHardBreak(token) || word.equals(",") || word.equals(";")) {
                return false;
            }
            if (LINKS.contains(word)) {
                link = i;
                break;
            }
        }
        if (link < 0) {
            return false;
        }
        for (int i = link - 1; i >= 0; i--) {
            String word = Words.lower(tokens, i);
            if (Words.isHardBreak(tokens.get(i))) {
                return false;
            }
            if (INCIDENTS.contains(word) || CAMPAIGNS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
