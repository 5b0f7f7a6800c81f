package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.model.RelationType;
import org.orbat.nlp.Dependency;

/**
 * A frame word's agents and patients in the parse: a verb's subject and object or its passive "by"
 * phrase; a noun's possessor, "by" phrase, modifying name or the subject of the light verb it is the
 * object of, and its patient after one of the frame's prepositions. Stateless and thread-safe.
 */
final class FrameArguments {
    static final Set<String> LIGHT_VERBS = RelationWords.of("light-verb");
    private static final Set<String> RECIPROCAL_OBJECTS = RelationWords.of("reciprocal-object");

    private FrameArguments() {
    }

    static void verbs(ParseTree tree, int verb, Frames.Frame f, List<Integer> agents, List<Integer> patients) {
        boolean passive = tree.has(verb, "nsubj:pass") || tree.has(verb, "aux:pass")
            || tree.pos(verb).equals("VBN") && tree.relation(verb).startsWith("acl");
        if (passive) {
            for (Dependency d : tree.children(verb)) {
                if (d.relation().equals("nsubj:pass")) {
                    patients.addAll(tree.antecedentIfPronoun(d.dependent(), verb));
                }
                if (d.relation().equals("obl:agent") || d.relation().startsWith("obl") && "by".equals(tree.caseOf(d.dependent()))) {
                    agents.addAll(tree.withConjuncts(d.dependent()));
                }
            }
            if (patients.isEmpty() && tree.relation(verb).startsWith("acl")) {
                // "Kurdish forces backed by US jets": the participle describes the noun it modifies.
                patients.addAll(tree.withConjuncts(tree.governor(verb)));
            }
            return;
        }
        agents.addAll(tree.subjectOf(verb, 0));
        for (Dependency d : tree.children(verb)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.equals("iobj")) {
                patients.addAll(tree.withConjuncts(d.dependent()));
            } else if ((rel.startsWith("obl") || rel.equals("compound:prt") || rel.equals("advmod"))
                    && f.prepositions().contains(tree.caseOf(d.dependent()))) {
                patients.addAll(tree.withConjuncts(d.dependent()));
            }
        }
    }

    static void nouns(ParseTree tree, List<ActorMention> parties, int noun, Frames.Frame f, List<Integer> agents,
                                      List<Integer> patients, List<List<Integer>> pairs) {
        for (Dependency d : tree.children(noun)) {
            String rel = d.relation();
            String prep = tree.caseOf(d.dependent());
            if (rel.startsWith("nmod") && !rel.equals("nmod:poss")) {
                if ("between".equals(prep) && f.prepositions().contains("between")) {
                    pairs.add(tree.phrase(d.dependent()));
                } else if (f.prepositions().contains(prep)) {
                    patients.addAll(tree.withConjuncts(d.dependent()));
                } else if ("by".equals(prep) || "from".equals(prep) || "of".equals(prep) && f.type() == RelationType.SUPPORTED_BY) {
                    agents.addAll(tree.withConjuncts(d.dependent()));
                }
            } else if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("nsubj")) {
                // "IS's offensive", "coalition air strikes", and the copula's subject in "X is at war with Y".
                agents.addAll(tree.withConjuncts(d.dependent()));
            } else if (rel.startsWith("acl") && tree.pos(d.dependent()).equals("VBN")) {
                // "air strikes carried out by the coalition against IS": the participle holds both phrases.
                for (Dependency a : tree.children(d.dependent())) {
                    String p = tree.caseOf(a.dependent());
                    if (a.relation().equals("obl:agent") || a.relation().startsWith("obl") && "by".equals(p)) {
                        agents.addAll(tree.withConjuncts(a.dependent()));
                    } else if (a.relation().startsWith("obl") && f.prepositions().contains(p)) {
                        patients.addAll(tree.withConjuncts(a.dependent()));
                    }
                }
            }
        }
        if (f.type() == RelationType.SUPPORTED_BY && "in".equals(tree.caseOf(noun))) {
            // "in support of X": X is the one supported, and the supporter is whoever acts in the clause.
            patients.clear();
            for (Dependency d : tree.children(noun)) {
                if (d.relation().startsWith("nmod") && "of".equals(tree.caseOf(d.dependent()))) {
                    patients.addAll(tree.withConjuncts(d.dependent()));
                }
            }
            agents.clear();
            agents.addAll(tree.actorOfClause(noun));
            return;
        }
        if (f.type() == RelationType.SUPPORTED_BY && agents.isEmpty() && tree.relation(noun).equals("obj")) {
            // "X receives backing from Y": the parser hangs the giver on the verb of receiving.
            for (Dependency d : tree.children(tree.governor(noun))) {
                if (d.relation().startsWith("obl") && "from".equals(tree.caseOf(d.dependent()))) {
                    agents.addAll(tree.withConjuncts(d.dependent()));
                }
            }
        }
        if (f.type() == RelationType.SUPPORTED_BY && patients.isEmpty()) {
            // "X receives backing from Y", "X advanced with the help of Y": the clause's actor is supported.
            patients.addAll(tree.actorOfClause(noun));
        }
        if (!PartyArguments.partiesOf(tree, parties, agents).isEmpty()) {
            return;
        }
        // "its raids", "air strikes": the possessor or modifier names no party; the clause may.
        agents.clear();
        String rel = tree.relation(noun);
        int governor = tree.governor(noun);
        if (governor < 0 || !tree.pos(governor).startsWith("VB") || tree.isPassive(governor)) {
            return;
        }
        if (f.type() == RelationType.SUPPORTED_BY) {
            return;
        }
        if (rel.equals("obj") && LIGHT_VERBS.contains(tree.lemma(governor))) {
            agents.addAll(tree.subjectOf(governor, 0));
        }
    }

    /** The "against" phrases of a verb, on it or on a phrase it governs ("coordinated on security against Z"). */
    static List<Integer> against(ParseTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : tree.children(verb)) {
            if ("against".equals(tree.caseOf(d.dependent()))) {
                out.addAll(tree.withConjuncts(d.dependent()));
            }
            if (d.relation().startsWith("obl")) {
                for (Dependency e : tree.children(d.dependent())) {
                    if (e.relation().startsWith("nmod") && "against".equals(tree.caseOf(e.dependent()))) {
                        out.addAll(tree.withConjuncts(e.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /** "X and Y targeted a funeral": the verb has an object or a target other than a reciprocal one. */
    static boolean actsOnSomething(ParseTree tree, int verb) {
        for (Dependency d : tree.children(verb)) {
            String r = d.relation();
            if ((r.equals("obj") || r.startsWith("obl") && "against".equals(tree.caseOf(d.dependent())))
                    && !RECIPROCAL_OBJECTS.contains(tree.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
