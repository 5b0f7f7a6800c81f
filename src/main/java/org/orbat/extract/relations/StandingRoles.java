package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.relations.RelationExtractor.Found;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Dependency;
import org.orbat.nlp.Token;

/**
 * Memberships and rivalries stated by a noun that says what a party is, read from the parse like
 * {@link AffiliateRoles}: "X are the main component of Y" (a member noun and its "of" or "in" phrase:
 * member_of), "X is regarded as the most effective force against Y" (a front noun and its "against"
 * phrase: rival_of). The party the noun is said of is read by {@link AffiliateRoles#saidOf}.
 * Stateless and thread-safe.
 */
final class StandingRoles {
    private static final Set<String> MEMBER_NOUNS = RelationWords.of("member-noun");
    private static final Set<String> FRONT_NOUNS = RelationWords.of("front-noun");

    private StandingRoles() {
    }

    /**
     * Whether a member noun is followed by "of" or "in", or a front noun by "against": the only
     * sentences where this reading finds something, so the only ones it asks the parser for.
     */
    static boolean mayApply(List<Token> window) {
        for (int i = 0; i + 1 < window.size(); i++) {
            String w = window.get(i).word().toLowerCase(java.util.Locale.ROOT);
            String next = window.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
            if (MEMBER_NOUNS.contains(w) && (next.equals("of") || next.equals("in"))
                    || FRONT_NOUNS.contains(w) && next.equals("against")) {
                return true;
            }
        }
        return false;
    }

    static List<Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        if (s.dependencies().isEmpty() || parties.size() < 2) {
            return out;
        }
        ParseTree tree = new ParseTree(s);
        for (int i = 0; i < s.tokens().size(); i++) {
            boolean member = MEMBER_NOUNS.contains(tree.word(i));
            if (!(member || FRONT_NOUNS.contains(tree.word(i))) || !tree.pos(i).startsWith("NN")) {
                continue;
            }
            List<Integer> others = new ArrayList<>();
            for (Dependency d : tree.children(i)) {
                String prep = tree.caseOf(d.dependent());
                boolean holder = member ? "of".equals(prep) || "in".equals(prep) : "against".equals(prep);
                if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss") && holder) {
                    others.addAll(tree.withConjuncts(d.dependent()));
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            RelationType type = member ? RelationType.MEMBER_OF : RelationType.RIVAL_OF;
            for (ActorMention m : PartyArguments.partiesOf(tree, parties, AffiliateRoles.saidOf(tree, i))) {
                for (ActorMention o : PartyArguments.partiesOf(tree, parties, others)) {
                    Found.emit(out, type, m.actorId(), o.actorId(), tree.word(i), index, i);
                }
            }
        }
        return out;
    }
}
