package org.orbat.extract.relations;

import java.util.List;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Whether a mention is a possessor ("Turkey's army", "al-Qaeda's affiliate"), and where what it owns
 * begins: after a possessive "'s", or right after the name when the source dropped the apostrophe
 * ("Assads regime", which the actor stage marks with the rule {@code possessive}). Stateless.
 */
final class Possessors {
    private static final Set<String> MARKS = Set.of("'s", "’s", "'");
    private static final String STRIPPED = "possessive";

    private Possessors() {
    }

    static boolean isMark(Token t) {
        return MARKS.contains(t.word()) || t.pos().equals("POS");
    }

    /** Whether the mention owns the phrase after it. */
    static boolean is(AnnotatedSentence s, ActorMention m) {
        return STRIPPED.equals(m.rule()) || m.tokenEnd() < s.tokens().size() && isMark(s.tokens().get(m.tokenEnd()));
    }

    /** The first token of what a possessor owns: past the "'s", or right after a name that lost its apostrophe. */
    static int owned(AnnotatedSentence s, ActorMention m) {
        List<Token> t = s.tokens();
        return m.tokenEnd() < t.size() && isMark(t.get(m.tokenEnd())) ? m.tokenEnd() + 1 : m.tokenEnd();
    }
}
