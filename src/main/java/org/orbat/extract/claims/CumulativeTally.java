package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import org.orbat.nlp.Token;

/**
 * Recognises a running tally of a whole war rather than one incident's toll: "since 2011", "since the start of
 * the conflict". Stateless.
 */
final class CumulativeTally {
    private static final Set<String> BEGINNINGS = Set.of("start", "beginning", "outbreak", "onset", "outset");

    private CumulativeTally() {
    }

    static boolean mentionedIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!Words.lower(tokens, i).equals("since")) {
                continue;
            }
            String next = Words.lower(tokens, i + 1);
            if (next.matches("(19|20)\\d\\d") || BEGINNINGS.contains(Words.lower(tokens, i + 2))
                    || next.equals("the") && Set.of("war", "conflict", "uprising", "revolution")
                    .contains(Words.lower(tokens, i + 2))) {
                return true;
            }
        }
        return false;
    }
}
