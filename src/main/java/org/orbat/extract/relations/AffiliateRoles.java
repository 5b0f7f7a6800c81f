package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.relations.RelationExtractor.Found;
import org.orbat.model.ActorKind;
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
    /**
     * "al-Qaeda's Nusra Front": a group named as another group's possession, with nothing between, is that
     * group's affiliate (the annotation guide's example). Only between two armed groups: a state's
     * possession ("Iran's Hezbollah") is a sponsorship or a place of origin, not a branch.
     */
    static List<Found> possessed(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k + 1 < parties.size(); k++) {
            ActorMention owner = parties.get(k);
            ActorMention owned = parties.get(k + 1);
            if (Possessors.is(s, owner) && Possessors.owned(s, owner) == owned.tokenBegin()
                    && index.kind(owner.actorId()) == ActorKind.GROUP && index.kind(owned.actorId()) == ActorKind.GROUP) {
                Found.emit(out, RelationType.AFFILIATE_OF, owned.actorId(), owner.actorId(), "possessive", index, owned.tokenBegin());
            }
        }
        return out;
    }

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
            for (Dependency d : tree.children(i)) {
                String rel = d.relation();
                if (rel.equals("nmod:poss") || rel.equals("compound")
                        || rel.startsWith("nmod") && "of".equals(tree.caseOf(d.dependent()))) {
                    owners.add(d.dependent());
                }
            }
            List<Integer> members = saidOf(tree, i);
            for (ActorMention m : PartyArguments.partiesOf(tree, parties, members)) {
                for (ActorMention o : PartyArguments.partiesOf(tree, parties, owners)) {
                    Found.emit(out, RelationType.AFFILIATE_OF, m.actorId(), o.actorId(), tree.word(i), index, i);
                }
            }
        }
        return out;
    }

    /**
     * The one a role noun is said of: the copula's subject ("X is Y's branch"), the object or subject of
     * the verb of saying whose complement it is ("X, which considers itself the branch of Y", "X functions
     * as Y's wing", "X is considered to be Y's branch"), or the subject of the noun or verb it is coordinated
     * with ("X has been a key force ... and is the main component of Y", "X has fought ... and is the
     * main component of Y").
     */
    static List<Integer> saidOf(ParseTree tree, int noun) {
        List<Integer> members = new ArrayList<>();
        for (Dependency d : tree.children(noun)) {
            if (d.relation().equals("nsubj") && !tree.word(d.dependent()).endsWith("self")) {
                // A reflexive small-clause subject stands for the subject of the verb of saying, read below.
                members.addAll(tree.withConjuncts(d.dependent()));
            }
        }
        String rel = tree.relation(noun);
        int governor = tree.governor(noun);
        boolean said = rel.equals("xcomp") || rel.startsWith("obl") && "as".equals(tree.caseOf(noun));
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
        if (members.isEmpty() && rel.equals("conj") && governor >= 0 && tree.pos(governor).startsWith("VB")) {
            members.addAll(tree.subjectOf(governor, 0));
        } else if (members.isEmpty() && rel.equals("conj") && governor >= 0 && tree.pos(governor).startsWith("NN")) {
            for (Dependency d : tree.children(governor)) {
                if (d.relation().equals("nsubj")) {
                    members.addAll(tree.withConjuncts(d.dependent()));
                }
            }
        }
        return members;
    }
}
