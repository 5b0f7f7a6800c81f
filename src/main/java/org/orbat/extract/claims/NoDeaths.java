package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Recognises a report that nobody died: "no fatalities", "There were no casualties", "No injuries or fatalities were
 * reported", "no one was killed", "without casualties". The ACLED codebook records such a report as 0, and reports of
 * casualties without deaths as 0 too ("Reported fatalities"). "No information on casualties" and "no immediate
 * word of casualties" say nothing is known yet, which is not the same claim, and give nothing. Stateless.
 */
final class NoDeaths {
    private static final Lexicon NOUNS = Lexicon.load("no-death-nouns");
    /** This class's words, kept as data: {@code lang/en/grammar/no-deaths.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/no-deaths.tsv");
    private static final Set<String> NEGATIONS = GRAMMAR.words("negations");
    /** Words between the negation and the noun that turn "none happened" into "none known". */
    private static final Set<String> UNKNOWN = GRAMMAR.words("unknown");
    private static final int REACH = 4;

    private NoDeaths() {
    }

    static boolean stated(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = Words.lower(tokens, i);
            boolean negation = NEGATIONS.contains(word)
                    || word.equals("not") && isResultVerb(Words.lower(tokens, i + 1))
                    || word.equals("no") && Words.lower(tokens, i + 1).equals("one");
            if (negation && nounFollows(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isResultVerb(String word) {
        return word.equals("result") || word.equals("cause") || word.equals("leave");
    }

    private static boolean nounFollows(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + REACH; i++) {
            Token token = tokens.get(i);
            String word = Words.lower(token);
            if (UNKNOWN.contains(word) || Words.isHardBreak(token) || word.equals(",")) {
                return false;
            }
            if (NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
