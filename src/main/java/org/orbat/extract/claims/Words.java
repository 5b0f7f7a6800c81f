package org.orbat.extract.claims;

import java.util.List;
import java.util.Locale;
import org.orbat.nlp.Token;

/** Small, token-level helpers shared by the extractors of this package. Stateless. */
final class Words {
    private Words() {
    }

    /** The token's word in lower case, with typographic apostrophes made plain. */
    static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static String lower(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() ? lower(tokens.get(index)) : "";
    }

    static boolean isCapitalised(Token token) {
        String word = token.word();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static boolean isPunctuation(Token token) {
        return token.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** Sentence-final or clause-final punctuation that no phrase reaches across. */
    static boolean isHardBreak(Token token) {
        String word = token.word();
        return word.equals(".") || word.equals(";") || word.equals(":") || word.equals("!") || word.equals("?");
    }

    static boolean isQuote(Token token) {
        return switch (token.word()) {
            case "\"", "“", "”", "``", "''", "'", "‘", "’" -> true;
            default -> false;
        };
    }
}
