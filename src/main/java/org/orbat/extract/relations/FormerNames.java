package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Renamings written as a parenthesis or an apposition after the new name: "X (formerly known as Y)",
 * "X, previously called Y", "X - formerly known as Y -". The parser hangs "known as" on whatever noun
 * is nearest and often reads the old name as the subject of the next verb, so the two names are read
 * from word order, which here is fixed: the new name, then only punctuation and the words that say
 * what it is ("terrorist group"), then the phrase, then the old name. Gives renamed_to(Y, X).
 * Stateless and thread-safe.
 */
final class FormerNames {
    /** This class's words, kept as data: {@code lang/en/grammar/former-names.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/former-names.tsv");
    private static final Set<String> FORMERLY = GRAMMAR.words("formerly");
    private static final Set<String> NAMING = GRAMMAR.words("naming");
    private static final Set<String> PUNCTUATION = Set.of(",", "(", "-", "–", "—", "-LRB-");
    /** How many words may stand between the new name and the phrase: "terrorist group (". */
    private static final int REACH = 4;

    private FormerNames() {
    }

    static List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!FORMERLY.contains(lower(t.get(i))) || !NAMING.contains(lower(t.get(i + 1)))) {
                continue;
            }
            int after = i + 2;
            if (after < t.size() && lower(t.get(after)).equals("as")) {
                after++;
            }
            if (after < t.size() && lower(t.get(after)).equals("the")) {
                after++;
            }
            ActorMention old = startingAt(parties, after);
            ActorMention current = endingBefore(s, parties, i);
            if (old != null && current != null && !old.actorId().equals(current.actorId())) {
                out.add(new RelationExtractor.Found(RelationType.RENAMED_TO, old.actorId(), current.actorId(), i));
            }
        }
        return out;
    }

    private static ActorMention startingAt(List<ActorMention> parties, int token) {
        for (ActorMention m : parties) {
            if (m.tokenBegin() == token) {
                return m;
            }
        }
        return null;
    }

    /** The name the phrase is said of: before it, with punctuation and at most a few common words between. */
    private static ActorMention endingBefore(AnnotatedSentence s, List<ActorMention> parties, int phrase) {
        List<Token> t = s.tokens();
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= phrase && phrase - m.tokenEnd() <= REACH) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return null;
        }
        boolean punctuated = false;
        for (int k = nearest.tokenEnd(); k < phrase; k++) {
            Token w = t.get(k);
            if (PUNCTUATION.contains(w.word()) || w.pos().equals("-LRB-")) {
                punctuated = true;
            } else if (!(w.pos().startsWith("JJ") || w.pos().equals("NN"))) {
                return null;
            }
        }
        // "X (formerly ...": a parenthesis or comma sets the phrase off as said of the name.
        return punctuated ? nearest : null;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
