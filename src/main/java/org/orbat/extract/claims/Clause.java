package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * The clause around a token, by a boundary heuristic rather than a parse: clauses end at ; : . ! ?, at
 * "but", "while", "although" and the other words of {@code clause-breaks.txt}, and at a comma that a conjunction or
 * subordinator follows (", and", ", which", ", amid"). Negation and hedging are read only inside it.
 *
 * @param begin first token (inclusive)
 * @param end last token (exclusive)
 */
record Clause(int begin, int end) {
    /** This class's words, kept as data: {@code lang/en/grammar/clause.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/clause.tsv");
    private static final Set<String> AFTER_COMMA = GRAMMAR.words("after-comma");

    static Clause around(List<Token> tokens, int index) {
        int begin = index;
        while (begin > 0 && !isBoundary(tokens, begin - 1)) {
            begin--;
        }
        int end = index + 1;
        while (end < tokens.size() && !isBoundary(tokens, end)) {
            end++;
        }
        return new Clause(begin, end);
    }

    boolean contains(int index) {
        return index >= begin && index < end;
    }

    private static boolean isBoundary(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = Words.lower(token);
        if (Words.isHardBreak(token) || Lexicon.CLAUSE_BREAKS.contains(word)) {
            return true;
        }
        return word.equals(",") && AFTER_COMMA.contains(Words.lower(tokens, i + 1));
    }
}
