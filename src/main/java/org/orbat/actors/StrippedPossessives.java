package org.orbat.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.nlp.Token;

/**
 * Possessives whose apostrophe the source dropped: "Assads regime", "the PKKs Syrian wing", "al-Qaedas
 * affiliate", "the Free Syrian Armys brigade". Many scraped articles lose every apostrophe, and a name
 * glued to its "s" then matches nothing. A capitalised word ending in a single "s" is read as its stem
 * only where a possessive can stand: before the noun phrase it owns (a noun, an adjective or a bracketed
 * abbreviation), never before a verb ("the Russians attacked" names a people, not Russia's something).
 * The stem must then be a listed name or abbreviation as spelt (see {@link SentenceScanner}), and the
 * mention is marked {@link #RULE} so the relation rules read it as a possessor. Stateless.
 */
final class StrippedPossessives {
    /** The rule a mention read through its stem carries: its surface is no alias of the actor. */
    static final String RULE = "possessive";
    /** The rules a stem may match by: names and abbreviations as listed, not conventions or guesses. */
    static final Set<String> STEM_RULES = Set.of("registry", "exact", "abbreviation", "learned", "spelling rule");

    private StrippedPossessives() {
    }

    /** The view of token {@code i} read as its stem, or null when it cannot be a possessive with its apostrophe lost. */
    static TokenView stem(List<TokenView> views, int i, NameNormaliser normaliser) {
        TokenView v = views.get(i);
        String w = v.word();
        if (!v.capitalised() || v.punctuation() || v.affixCut() || w.length() < 4 || !w.endsWith("s")
                || w.endsWith("ss") || w.endsWith("'s") || w.endsWith("\u2019s") || i + 1 >= views.size()) {
            return null;
        }
        char before = w.charAt(w.length() - 2);
        if (!Character.isLetter(before)) {
            return null;
        }
        if (!ownsPhrase(views.get(i + 1).token())) {
            return null;
        }
        String stem = w.substring(0, w.length() - 1);
        List<String> keys = normaliser.tokenKeys(stem, false);
        return new TokenView(v.token(), stem, stem.toLowerCase(Locale.ROOT), keys, keys, true, false);
    }

    /** Whether the next token can open the phrase a possessive owns. */
    private static boolean ownsPhrase(Token next) {
        String pos = next.pos();
        String w = next.word();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") && w.contains("-")
            || w.equals("(") || w.equals("-LRB-");
    }
}
