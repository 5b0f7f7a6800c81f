package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.RelationType;
import org.orbat.nlp.Dependency;

/**
 * A frame word's agents and patients in the parse: a verb's subject and object or its passive "by"
 * phrase; a noun's possessor, "by" phrase, modifying name or the subject of the light verb it is the
 * object of, and its patient after one of the frame's prepositions. Stateless and thread-safe.
 */
final class FrameArguments {
    static final Set<String> LIGHT_VERBS = RelationWords.of("light-verb");
    /** Verbs whose object is given to someone: "provided support to X". */
    private static final Set<String> GIVING = RelationWords.of("giving");
    /** Verbs whose subject undergoes the act that is their object: "faced an offensive from Y". */
    private static final Set<String> UNDERGOING = RelationWords.of("undergoing");
    private static final Set<String> PURPOSE_BREAKS = Set.of(",", ";", ":", "\"", "(", ")", "which", "that", "who");
    private static final Set<String> RECIPROCAL_OBJECTS = RelationWords.of("reciprocal-object");
    /** This class's words, kept as data: {@code lang/en/grammar/frame-arguments.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/frame-arguments.tsv");
    /** Prepositions of a place phrase: "in the province of Y", "near the town". */
    private static final Set<String> LOCATIVE = GRAMMAR.words("locative");

    private FrameArguments() {
    }

    /**
     * "the infighting pits X against Y": the object and the "against" phrase are the two sides.
     */
    static void pitted(ParseTree tree, int verb, List<Integer> agents, List<Integer> patients) {
        for (Dependency d : tree.children(verb)) {
            if (d.relation().equals("obj")) {
                agents.addAll(tree.withConjuncts(d.dependent()));
                // "pits X against Y" read with the "against" phrase hung on X.
                for (Dependency x : tree.children(d.dependent())) {
                    if (x.relation().startsWith("nmod") && "against".equals(tree.caseOf(x.dependent()))) {
                        patients.addAll(tree.withConjuncts(x.dependent()));
                    }
                }
            } else if (d.relation().startsWith("obl") && "against".equals(tree.caseOf(d.dependent()))) {
                patients.addAll(tree.withConjuncts(d.dependent()));
                // "against A and B-linked group the C Committee": the parser hangs a further side,
                // a name, on the first one as a loose dependent.
                for (Dependency x : tree.children(d.dependent())) {
                    if (x.relation().equals("dep") && tree.pos(x.dependent()).startsWith("NNP")) {
                        patients.addAll(tree.withConjuncts(x.dependent()));
                    }
                }
            }
        }
    }

    static void verbs(ParseTree tree, int verb, Frames.Frame f, List<Integer> agents, List<Integer> patients) {
        boolean passive = tree.has(verb, "nsubj:pass") || tree.has(verb, "aux:pass")
            || tree.pos(verb).equals("VBN") && (tree.relation(verb).startsWith("acl") || tree.relation(verb).equals("advcl")
            || tree.relation(verb).equals("dep") && !tree.has(verb, "nsubj"));
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
            if (patients.isEmpty() && tree.pos(verb).equals("VBN")) {
                // "Backed by Turkish jets, the rebels advanced": a fronted participle describes the clause's subject.
                patients.addAll(tree.hostSubject(verb));
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

    /**
     * Reads a noun frame's arguments into {@code agents}, {@code patients} and {@code pairs}; returns whether
     * the agents are the "by" phrase of one act ("an offensive by X and Y"), who then acted together.
     */
    static boolean nouns(ParseTree tree, List<ActorMention> parties, int noun, Frames.Frame f, List<Integer> agents,
                         List<Integer> patients, List<List<Integer>> pairs, Frames frames) {
        boolean byPhrase = false;
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
                    byPhrase |= "by".equals(prep);
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
                        byPhrase = true;
                    } else if (a.relation().startsWith("obl") && f.prepositions().contains(p)) {
                        patients.addAll(tree.withConjuncts(a.dependent()));
                    }
                }
            }
        }
        int above = tree.governor(noun);
        if (above >= 0 && tree.relation(noun).startsWith("nmod") && "of".equals(tree.caseOf(noun)) && tree.pos(above).startsWith("NN")) {
            // "the launch of an offensive by X": the parser often hangs the act's "by" phrase on the noun
            // whose "of" phrase the act is.
            for (Dependency d : tree.children(above)) {
                if (d.dependent() > noun && d.relation().startsWith("nmod") && "by".equals(tree.caseOf(d.dependent()))) {
                    agents.addAll(tree.withConjuncts(d.dependent()));
                    byPhrase = true;
                }
            }
        }
        if (f.type() == RelationType.RIVAL_OF && patients.isEmpty()) {
            purpose(tree, frames, noun, patients);
        }
        if (f.type() == RelationType.RIVAL_OF && PartyArguments.partiesOf(tree, parties, patients).isEmpty() && undergone(tree, noun)) {
            // "X faces an offensive from Y", "X repelled an attack by Y", "X came under attack from Y":
            // the one who undergoes the act is its target.
            patients.addAll(tree.subjectOf(tree.governor(noun), 0));
            for (Dependency d : tree.children(tree.governor(noun))) {
                // "faced an offensive by Y" with the "by" phrase hung on the verb.
                String prep = tree.caseOf(d.dependent());
                if (agents.isEmpty() && d.relation().startsWith("obl") && ("by".equals(prep) || "from".equals(prep))) {
                    agents.addAll(tree.withConjuncts(d.dependent()));
                    byPhrase = true;
                }
            }
            if (agents.isEmpty()) {
                agents.addAll(givenAfterPlace(tree, tree.governor(noun)));
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
            return false;
        }
        int governor = tree.governor(noun);
        if (f.type() == RelationType.SUPPORTED_BY && tree.relation(noun).equals("obj") && GIVING.contains(tree.lemma(governor))) {
            // "Iran provided military aid to the Houthis", "Russia gave the army air support": the giver is
            // the verb's subject and the one supported its "to"/"for" phrase or indirect object.
            if (agents.isEmpty()) {
                agents.addAll(tree.subjectOf(governor, 0));
            }
            for (Dependency d : tree.children(governor)) {
                String prep = tree.caseOf(d.dependent());
                if (patients.isEmpty() && (d.relation().equals("iobj") || d.relation().startsWith("obl") && f.prepositions().contains(prep))) {
                    patients.addAll(tree.withConjuncts(d.dependent()));
                }
            }
            return false;
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
            return byPhrase;
        }
        // "its raids", "air strikes": the possessor or modifier names no party; the clause may.
        agents.clear();
        String rel = tree.relation(noun);
        if (governor < 0 || !tree.pos(governor).startsWith("VB") || tree.isPassive(governor)) {
            return false;
        }
        if (f.type() == RelationType.SUPPORTED_BY) {
            return false;
        }
        if (rel.equals("obj") && LIGHT_VERBS.contains(tree.lemma(governor))) {
            agents.addAll(tree.subjectOf(governor, 0));
        }
        return false;
    }

    /** Whether the act is the object of a verb of undergoing, or the "under" phrase of "come". */
    /**
     * "X faces offensives in the province of Y from A and B": the parser hangs the "from" or "by" phrase
     * that names who acts on the place phrase before it, where a place cannot take one.
     */
    private static List<Integer> givenAfterPlace(ParseTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : tree.children(verb)) {
            if (!d.relation().startsWith("obl") || !LOCATIVE.contains(tree.caseOf(d.dependent()))) {
                continue;
            }
            for (Dependency x : tree.children(d.dependent())) {
                String prep = tree.caseOf(x.dependent());
                if (x.relation().startsWith("nmod") && ("from".equals(prep) || "by".equals(prep))) {
                    out.addAll(tree.withConjuncts(x.dependent()));
                }
            }
        }
        return out;
    }

    private static boolean undergone(ParseTree tree, int noun) {
        int governor = tree.governor(noun);
        if (governor < 0 || !tree.pos(governor).startsWith("VB") || tree.isPassive(governor)) {
            return false;
        }
        String rel = tree.relation(noun);
        return rel.equals("obj") && UNDERGOING.contains(tree.lemma(governor))
            || rel.startsWith("obl") && "under".equals(tree.caseOf(noun)) && tree.lemma(governor).equals("come");
    }

    /**
     * "an offensive by X to drive Y out of the province": an infinitive of purpose that follows the act's
     * noun phrase names whom the act is against, whether the parser hangs it on the noun or, as it often
     * does, on the verb of the clause (the attachment is ambiguous; the words are not).
     */
    private static void purpose(ParseTree tree, Frames frames, int noun, List<Integer> patients) {
        int to = noun + 1;
        while (to + 1 < tree.size() && !(tree.word(to).equals("to") && tree.pos(to + 1).equals("VB"))) {
            // Only the act's own phrase may stand between: no clause break, no verb but the "including" of a list
            // or a participle modifying a name ("Western-backed"); in "strikes in May allowing the army to
            // advance" the army advances, not the strikes.
            String pos = tree.pos(to);
            boolean verb = (pos.startsWith("VB") && !pos.equals("VBN") || pos.equals("MD")) && !tree.lemma(to).equals("include");
            if (PURPOSE_BREAKS.contains(tree.word(to)) || verb || to - noun > 24) {
                return;
            }
            to++;
        }
        if (to + 1 >= tree.size()) {
            return;
        }
        int verb = to + 1;
        Optional<Frames.Frame> act = frames.at(tree.sentence(), verb);
        if (act.isEmpty() || act.get().noun() || act.get().type() != RelationType.RIVAL_OF || act.get().inverse()) {
            return;
        }
        for (Dependency d : tree.children(verb)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.startsWith("obl") && act.get().prepositions().contains(tree.caseOf(d.dependent()))) {
                patients.addAll(tree.withConjuncts(d.dependent()));
            }
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
