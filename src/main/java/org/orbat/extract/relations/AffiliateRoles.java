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

/**
 * Affiliations stated by a role noun in the parse: "X is Y's Syrian branch", "X, which considers
 * itself the branch of Y", "X functions as Y's wing". Stateless and thread-safe.
 */
final class AffiliateRoles {
    /** Nouns that make the one they are said of a part of their owner ("Y's Syrian branch"). */
    static final Set<String> NOUNS = RelationWords.of("affiliate-noun");

    private AffiliateRoles() {
    }

    /**
     * "X is Y's Syrian branch", "X, which considers itself the branch of Y", "X functions as Y's wing":
     * the role noun's owner is the parent, and the one the noun is said of (the copula's subject, the
     * "as" phrase's or the reflexive object's subject) is the affiliate.
     */
    static List<Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        if (s.dependencies().isEmpty() || parties.size() < 2) {
            return out;
        }
        ParseTree tree = new ParseTree(s);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!NOUNS.contains(tree.word(i)) || !tree.pos(i).startsWith("NN")) {
                continue;
            }
            List<Integer> owners = new ArrayList<>();
            List<Integer> members = new ArrayList<>();
            for (Dependency d : tree.children(i)) {
                String rel = d.relation();
                if (rel.equals("nmod:poss") || rel.equals("compound")
                        || rel.startsWith("nmod") && "of".equals(tree.caseOf(d.dependent()))) {
                    owners.add(d.dependent());
                } else if (rel.equals("nsubj")) {
                    members.addAll(tree.withConjuncts(d.dependent()));
                }
            }
            String rel = tree.relation(i);
            int governor = tree.governor(i);
            boolean said = rel.equals("xcomp") || rel.startsWith("obl") && "as".equals(tree.caseOf(i));
            if (members.isEmpty() && said && governor >= 0 && tree.pos(governor).startsWith("VB")) {
                for (Dependency d : tree.children(governor)) {
                    if (d.relation().equals("obj") && !tree.word(d.dependent()).endsWith("self")) {
                        members.addAll(tree.withConjuncts(d.dependent()));
                    }
                }
                if (members.isEmpty()) {
                    members.addAll(tree.subjectOf(governor, 0));
                }
                if (members.isEmpty()) {
                    // "X is widely considered to be Y's branch": the passive subject of the verb of saying.
                    for (Dependency d : tree.children(governor)) {
                        if (d.relation().equals("nsubj:pass")) {
                            members.addAll(tree.withConjuncts(d.dependent()));
                        }
                    }
                }
            }
            for (ActorMention m : PartyArguments.partiesOf(tree, parties, members)) {
                for (ActorMention o : PartyArguments.partiesOf(tree, parties, owners)) {
                    Found.emit(out, RelationType.AFFILIATE_OF, m.actorId(), o.actorId(), tree.word(i), index, i);
                }
            }
        }
        return out;
    }
}
