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
 * Members listed by a relative clause right after an alliance's name: "the Army of Victory, which
 * includes X, Y and Z", "a coalition named X that included Y". The parser often reads the first member
 * as the subject of the clause's next verb ("which includes X and its allies seized ..."), so the members
 * are read from word order: the names coordinated right after the verb. Only an alliance has members
 * this way ({@link RelationExtractor#typed} keeps inclusion to coalitions). Gives member_of(member,
 * alliance). Stateless and thread-safe.
 */
final class Inclusions {
    /** This class's words, kept as data: {@code lang/en/grammar/inclusions.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/inclusions.tsv");
    private static final Set<String> RELATIVE = GRAMMAR.words("relative");
    private static final Set<String> INCLUDE = GRAMMAR.words("include");
    private static final Set<String> COORDINATION = GRAMMAR.words("coordination");

    private Inclusions() {
    }

    static List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (ActorMention alliance : parties) {
            int k = alliance.tokenEnd();
            if (k < t.size() && t.get(k).word().equals(",")) {
                k++;
            }
            if (k + 1 >= t.size() || !RELATIVE.contains(lower(t.get(k))) || !INCLUDE.contains(lower(t.get(k + 1)))) {
                continue;
            }
            int edge = k + 2;
            for (ActorMention m : parties) {
                if (m.tokenBegin() < edge) {
                    continue;
                }
                if (!onlyCoordination(t, edge, m.tokenBegin())) {
                    break;
                }
                out.add(new RelationExtractor.Found(RelationType.MEMBER_OF, m.actorId(), alliance.actorId(), k + 1));
                edge = m.tokenEnd();
            }
        }
        return out;
    }

    private static boolean onlyCoordination(List<Token> t, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!COORDINATION.contains(lower(t.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
