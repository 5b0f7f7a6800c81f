package org.orbat.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Where a role phrase ("al-Qaeda's affiliate", "an al-Qaeda affiliate", "Iran's closest ally") meets the
 * name it is said of. Before it: an apposition ("X, al-Qaeda's branch"), a copula ("X is Iran's ally")
 * or an indefinite apposition ("X, an al-Qaeda affiliate"); many scraped articles drop every comma, so
 * "X an al-Qaeda affiliate" and "X al-Qaeda's affiliate" count too, the article or the possessive
 * still marking the apposition. After it: the name right after the role, past a place that locates it
 * ("al-Qaeda's affiliate in Syria, the Nusra Front"). Stateless.
 */
final class Appositions {
    /** This class's words, kept as data: {@code lang/en/grammar/appositions.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/appositions.tsv");
    private static final Set<String> COPULAS = GRAMMAR.words("copulas");
    private static final Set<String> INDEFINITE = GRAMMAR.words("indefinite");
    private static final Set<String> LOCATING = GRAMMAR.words("locating");

    private Appositions() {
    }

    /**
     * Whether the words between a name (ending at {@code from}) and a role phrase whose owner starts at
     * {@code to} make the phrase said of the name.
     */
    static boolean saidOf(AnnotatedSentence s, int from, int to, boolean possessive) {
        if (to - from > 3) {
            return false;
        }
        boolean indefinite = false;
        for (int i = from; i < to; i++) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (INDEFINITE.contains(w)) {
                indefinite = true;
            } else if (!w.equals(",") && !COPULAS.contains(w)) {
                return false;
            }
        }
        // "X al-Qaeda's affiliate": the possessive marks the apposition; without it, only an article or a
        // comma does ("X al-Qaeda affiliate" may be two names in a row).
        return possessive || indefinite || from < to && ",".equals(s.tokens().get(from).word());
    }

    /**
     * The token where a name stands after a role ending at {@code ce} once a locating phrase ("in Syria",
     * "in northern Syria") and an article or comma are passed, or -1 when no such phrase follows.
     */
    static int pastPlace(AnnotatedSentence s, int ce, List<ActorMention> parties) {
        List<Token> t = s.tokens();
        int i = ce;
        if (i >= t.size() || !LOCATING.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        i++;
        int place = 0;
        while (i < t.size() && place < 3 && startsUpper(t.get(i)) && !startsParty(parties, i)) {
            i++;
            place++;
        }
        if (place == 0) {
            return -1;
        }
        while (i < t.size() && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("the"))) {
            i++;
        }
        return i;
    }

    private static boolean startsUpper(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean startsParty(List<ActorMention> parties, int i) {
        return parties.stream().anyMatch(m -> m.tokenBegin() == i);
    }
}
