package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Dependency;
import org.orbat.nlp.Token;

/**
 * Relations read from a parsed sentence's verbs and nouns of fighting and sponsorship (see
 * {@link Frames}): the parties are the trigger's syntactic arguments, never merely the nearest
 * names. "Kurdish forces, backed by US jets, drove IS out of the town" gives rival_of(Kurdish
 * forces, IS) from the subject and object of "drove", and supported_by(Kurdish forces, US) from
 * the passive participle "backed" and its "by" phrase; the town, a place, is nobody's party.
 *
 * <p>An argument that is a word like "fighters", "positions" or "members" stands for the party
 * that qualifies it ("IS positions", "fighters of the Nusra Front"); coordinated arguments are
 * distributed ("X and Y attacked Z" gives two rivalries). Parties coordinated as the agent of one
 * act make an alliance only when the sentence says they acted together ("jointly", "together",
 * "alongside"), the annotation guide's rule. A trigger under a modal of possibility or a
 * condition ("could attack", "if X backs Y") states nothing and is skipped.
 * Stateless and thread-safe.
 */
final class FrameRelations {
    /** Nouns that stand for the party qualifying them: "IS positions", "members of the NDF". */
    private static final Set<String> PROXIES = Set.of("fighters", "fighter", "militants", "militant", "members",
        "member", "forces", "force", "troops", "positions", "position", "units", "unit", "soldiers", "jihadists",
        "terrorists", "commanders", "commander", "bases", "base", "headquarters", "convoy", "convoys", "targets",
        "strongholds", "stronghold", "facilities", "ranks", "gunmen", "elements", "personnel", "militiamen", "group",
        "groups", "pilots", "jets", "warplanes", "aircraft", "planes", "helicopters", "militia", "militias",
        "fronts", "outposts", "checkpoints", "loyalists", "supporters", "army", "coalition", "alliance", "men",
        "opponents", "insurgents", "rebels", "jihadist", "operatives", "airstrikes", "strikes", "raids", "vehicles",
        "center", "centre", "camps", "camp", "hideouts", "depots", "depot", "posts", "equipment", "tanks", "tunnels",
        "infrastructure", "battalion", "battalions", "division", "cells", "cell", "emplacements", "defenses", "defences",
        "offensive", "attack", "attacks", "assault", "campaign", "bombers", "snipers", "extremists", "mercenaries",
        "guerrillas", "combatants", "brigade", "brigades", "squads", "regiment");
    /** Counts that stand for what they count: "dozens of Nusra fighters", "75 IS militants". */
    private static final Set<String> QUANTITIES = Set.of("dozens", "hundreds", "thousands", "scores", "tens", "some",
        "many", "several", "number", "most", "all", "dozen", "hundred", "thousand");
    /** Places that stand for whoever holds them ("positions held by IS"). */
    private static final Set<String> HELD_PLACES = Set.of("sites", "areas", "area", "territory", "territories", "towns",
        "villages", "neighborhoods", "neighbourhoods", "districts", "parts", "regions", "zones", "positions", "bases");
    private static final Set<String> HOLDING = Set.of("hold", "control", "occupy", "run", "man");
    /** Prepositions through which a proxy names its party: "groups such as IS", "rebels including the Nusra Front". */
    private static final Set<String> QUALIFYING = Set.of("such", "like", "loyal", "including", "among");
    /** Verbs whose object is an act the subject does: "launched an offensive against X". */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "wage", "mount", "stage",
        "lead", "spearhead", "begin", "start", "step", "escalate", "intensify", "continue", "resume", "fight", "make",
        "perform", "execute", "unleash", "press", "pursue", "declare", "announce", "open", "deal", "deliver", "inflict");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "if", "unless",
        "whether");
    private static final Set<String> COMPANION = Set.of("along", "together");
    /** Nouns that make the one they are said of a part of their owner ("Y's Syrian branch"). */
    private static final Set<String> AFFILIATE_NOUNS = Set.of("branch", "wing", "affiliate", "offshoot", "franchise",
        "arm", "branches", "wings", "affiliates", "offshoots");
    private static final Set<String> ALLY_NOUNS = Set.of("ally", "allies", "partner", "partners");
    /** Nouns a name may stand in apposition to: "the al-Qaeda affiliate X", "the group X". */
    private static final Set<String> NAMED_ROLES = Set.of("branch", "wing", "affiliate", "offshoot", "franchise", "arm",
        "ally", "partner", "group", "faction", "militia", "movement", "organization", "organisation");
    /** Words that single out one of "its allies": "its allies, particularly Russia". */
    private static final Set<String> SINGLING_OUT = Set.of("particularly", "notably", "especially", "including",
        "mainly", "chiefly", "namely", "primarily");
    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    private static final Set<String> TOGETHER = Set.of("together", "jointly", "joint", "alongside");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom");
    /** Subject pronouns that stand for a group named earlier in the sentence. */
    private static final Set<String> PRONOUNS = Set.of("it", "they");

    private final Frames frames;

    FrameRelations(Frames frames) {
        this.frames = frames;
    }

    /** Whether the sentence holds a word that may open a frame: only then is a parse worth its cost. */
    boolean mayApply(AnnotatedSentence s) {
        return mayApplyWithin(s, 0, s.tokens().size());
    }

    /**
     * Whether a frame could link two of {@code parties}: a frame or affiliate word among them or within
     * a few tokens of the first or last ("X and Y have clashed", "an attack by X on Y"). A frame word far
     * from every party ("…, the ministry said in a statement condemning the attack") links none of them,
     * and the sentence is not worth a dependency parse.
     */
    boolean mayApply(AnnotatedSentence s, List<ActorMention> parties) {
        int from = parties.stream().mapToInt(ActorMention::tokenBegin).min().orElse(0) - REACH;
        int to = parties.stream().mapToInt(ActorMention::tokenEnd).max().orElse(s.tokens().size()) + REACH;
        return mayApplyWithin(s, from, to);
    }

    /** Whether a frame or affiliate word stands among tokens {@code [from, to)}, clamped to the sentence. */
    private boolean mayApplyWithin(AnnotatedSentence s, int from, int to) {
        List<Token> window = s.tokens().subList(Math.max(0, from), Math.min(to, s.tokens().size()));
        return frames.mayApply(s, from, to) || window.stream().anyMatch(t -> AFFILIATE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** How far before the first party or after the last a frame word may stand. */
    private static final int REACH = 4;

    List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        if (s.dependencies().isEmpty() || parties.size() < 2) {
            return out;
        }
        Tree tree = new Tree(s);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (LIGHT_VERBS.contains(tree.lemma(i)) && tree.pos(i).startsWith("VB") && !hypothetical(tree, i)) {
                carriedOutBy(tree, parties, index, i, out);
            }
            Optional<Frames.Frame> frame = frames.at(s, i);
            if (frame.isEmpty() || hypothetical(tree, i)) {
                continue;
            }
            Frames.Frame f = frame.get();
            List<List<Integer>> pairs = new ArrayList<>();
            List<Integer> agents = new ArrayList<>();
            List<Integer> patients = new ArrayList<>();
            if (f.noun()) {
                nounArguments(tree, parties, i, f, agents, patients, pairs);
            } else if (tree.lemma(i).equals("pit")) {
                // "the infighting pits X against Y": the object and the "against" phrase are the sides.
                for (Dependency d : tree.children(i)) {
                    if (d.relation().equals("obj")) {
                        agents.addAll(tree.withConjuncts(d.dependent()));
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
            } else {
                verbArguments(tree, i, f, agents, patients);
            }
            List<ActorMention> a = partiesOf(tree, parties, agents);
            List<ActorMention> p = partiesOf(tree, parties, patients);
            for (ActorMention x : a) {
                for (ActorMention y : p) {
                    String src = f.inverse() ? y.actorId() : x.actorId();
                    String dst = f.inverse() ? x.actorId() : y.actorId();
                    emit(out, f.type(), src, dst, f.lemma(), index, i);
                }
            }
            for (List<Integer> between : pairs) {
                List<ActorMention> both = partiesOf(tree, parties, between);
                for (int x = 0; x < both.size(); x++) {
                    for (int y = x + 1; y < both.size(); y++) {
                        String src = both.get(x).actorId();
                        String dst = both.get(y).actorId();
                        emit(out, f.type(), src, dst, f.lemma(), index, i);
                    }
                }
            }
            if (f.type() == RelationType.ALLY_OF && !f.noun()) {
                // "X and Y coordinated on security against Z": a verb of alliance makes its coordinated
                // subjects allies, and each a rival of the common foe named after "against".
                for (int x = 0; x < a.size(); x++) {
                    for (int y = x + 1; y < a.size(); y++) {
                        emit(out, RelationType.ALLY_OF, a.get(x).actorId(), a.get(y).actorId(), f.lemma(), index, i);
                    }
                }
                List<ActorMention> foes = partiesOf(tree, parties, against(tree, i));
                for (ActorMention x : a) {
                    for (ActorMention y : foes) {
                        emit(out, RelationType.RIVAL_OF, x.actorId(), y.actorId(), "against", index, i);
                    }
                }
            }
            if (a.size() >= 2 && f.type() == RelationType.RIVAL_OF && (saysTogether(s) || !f.noun())) {
                // "X and Y attacked Z": allies against a common foe. With nobody else acted against and no
                // "together", the verb is reciprocal: "X and Y have clashed", "X and Y fought a war" are rivals.
                boolean together = saysTogether(s) || !p.isEmpty() || actsOnSomething(tree, i);
                for (int x = 0; x < a.size(); x++) {
                    for (int y = x + 1; y < a.size(); y++) {
                        String src = a.get(x).actorId();
                        String dst = a.get(y).actorId();
                        emit(out, together ? RelationType.ALLY_OF : RelationType.RIVAL_OF, src, dst,
                            together ? "together" : "each other", index, i);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "X, along with Y, ...", "X together with Y": the two act as one side, an alliance. Read from the
     * words, which say it without a verb to parse.
     */
    List<RelationExtractor.Found> companions(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int k = 0; k + 1 < parties.size(); k++) {
            ActorMention a = parties.get(k);
            ActorMention b = parties.get(k + 1);
            int i = a.tokenEnd();
            if (i < t.size() && t.get(i).word().equals(",")) {
                i++;
            }
            if (i + 1 >= t.size() || !t.get(i + 1).word().equalsIgnoreCase("with")
                    || !COMPANION.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int next = i + 2;
            if (next < t.size() && t.get(next).word().equalsIgnoreCase("the")) {
                next++;
            }
            if (b.tokenBegin() == next) {
                emit(out, RelationType.ALLY_OF, a.actorId(), b.actorId(), "along with", index, i);
            }
        }
        for (int k = 0; k + 1 < parties.size(); k++) {
            ActorMention a = parties.get(k);
            ActorMention b = parties.get(k + 1);
            if (itsAlly(t, a.tokenEnd(), b.tokenBegin())) {
                emit(out, RelationType.ALLY_OF, a.actorId(), b.actorId(), "its ally", index, a.tokenEnd());
            }
        }
        for (ActorMention b : parties) {
            int its = possessiveAlly(t, b);
            if (its >= 0) {
                ActorMention owner = nearestBefore(parties, its);
                if (owner != null) {
                    emit(out, RelationType.ALLY_OF, owner.actorId(), b.actorId(), "its allies", index, its);
                }
            }
        }
        return out;
    }

    /**
     * Where "its" stands in "its Syrian government allies" (the name between the possessive and the
     * noun) or "its allies, particularly Russia" (the name singled out after it), or -1. The
     * possessive stands for the nearest party before it, whose allies they are.
     */
    private static int possessiveAlly(List<Token> t, ActorMention named) {
        int before = named.tokenBegin() - 1;
        if (before >= 0 && POSSESSIVES.contains(t.get(before).word().toLowerCase(Locale.ROOT))
                && named.tokenEnd() < t.size() && ALLY_NOUNS.contains(t.get(named.tokenEnd()).word().toLowerCase(Locale.ROOT))) {
            return before;
        }
        int k = before;
        if (k >= 0 && t.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 0 || !SINGLING_OUT.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        k--;
        if (k >= 0 && t.get(k).word().equals(",")) {
            k--;
        }
        if (k >= 1 && ALLY_NOUNS.contains(t.get(k).word().toLowerCase(Locale.ROOT))
                && POSSESSIVES.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return k - 1;
        }
        return -1;
    }

    private static ActorMention nearestBefore(List<ActorMention> parties, int token) {
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= token) {
                nearest = m;
            }
        }
        return nearest;
    }

    /** The "against" phrases of a verb, on it or on a phrase it governs ("coordinated on security against Z"). */
    private static List<Integer> against(Tree tree, int verb) {
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

    /** Objects of a reciprocal fight: "fought a war", "fought each other" name no third party. */
    private static final Set<String> RECIPROCAL_OBJECTS = Set.of("war", "wars", "battle", "battles", "each", "other",
        "another", "fight", "fights", "clash", "clashes");

    /** "X and Y targeted a funeral": the verb has an object or a target other than a reciprocal one. */
    private static boolean actsOnSomething(Tree tree, int verb) {
        for (Dependency d : tree.children(verb)) {
            String r = d.relation();
            if ((r.equals("obj") || r.startsWith("obl") && "against".equals(tree.caseOf(d.dependent())))
                    && !RECIPROCAL_OBJECTS.contains(tree.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X and its ally Y", "X, its allies Y and Z": the possessive stands for the name right before it,
     * so the ally it names is X's. Only the words of that phrase may stand between the two names.
     */
    private static boolean itsAlly(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("and"))) {
            i++;
        }
        if (i >= to || !(t.get(i).word().equalsIgnoreCase("its") || t.get(i).word().equalsIgnoreCase("their"))) {
            return false;
        }
        i++;
        if (i < to && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("VBN"))) {
            i++;
        }
        if (i >= to || !ALLY_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        i++;
        // "its allies in Jund al-Aqsa": the allies are the group named in the phrase.
        while (i < to && (t.get(i).word().equals(",") || t.get(i).word().equalsIgnoreCase("the")
                || t.get(i).word().equalsIgnoreCase("in"))) {
            i++;
        }
        return i == to;
    }

    /**
     * "X is Y's Syrian branch", "X, which considers itself the branch of Y", "X functions as Y's wing":
     * the role noun's owner is the parent, and the one the noun is said of (the copula's subject, the
     * "as" phrase's or the reflexive object's subject) is the affiliate.
     */
    List<RelationExtractor.Found> roles(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        if (s.dependencies().isEmpty() || parties.size() < 2) {
            return out;
        }
        Tree tree = new Tree(s);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!AFFILIATE_NOUNS.contains(tree.word(i)) || !tree.pos(i).startsWith("NN")) {
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
            }
            for (ActorMention m : partiesOf(tree, parties, members)) {
                for (ActorMention o : partiesOf(tree, parties, owners)) {
                    emit(out, RelationType.AFFILIATE_OF, m.actorId(), o.actorId(), tree.word(i), index, i);
                }
            }
        }
        return out;
    }

    /**
     * "Air strikes were carried out by X against Y": the light verb holds the agent and the target of
     * the act its subject or object names, whichever of the two the parser made the act.
     */
    private void carriedOutBy(Tree tree, List<ActorMention> parties, MentionIndex index, int verb,
                              List<RelationExtractor.Found> out) {
        Frames.Frame act = null;
        boolean object = false;
        List<Integer> agents = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Dependency d : tree.children(verb)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.startsWith("nsubj")) {
                Optional<Frames.Frame> f = frames.at(tree.s, d.dependent());
                if (f.isPresent() && f.get().noun() && f.get().type() == RelationType.RIVAL_OF) {
                    act = f.get();
                    object = rel.equals("obj");
                }
            }
        }
        if (act == null) {
            return;
        }
        for (Dependency d : tree.children(verb)) {
            String prep = tree.caseOf(d.dependent());
            if (d.relation().equals("obl:agent") || d.relation().startsWith("obl") && "by".equals(prep)) {
                agents.addAll(tree.withConjuncts(d.dependent()));
            } else if (d.relation().startsWith("obl") && act.prepositions().contains(prep)) {
                targets.addAll(tree.withConjuncts(d.dependent()));
            }
        }
        if (agents.isEmpty() && object && !tree.isPassive(verb)) {
            // "X conducted air strikes on Y", "X dealt a heavy blow to Y": the parser often hangs the
            // target on the light verb, whose subject then carries out the act.
            agents.addAll(tree.subjectOf(verb, 0));
        }
        for (ActorMention a : partiesOf(tree, parties, agents)) {
            for (ActorMention b : partiesOf(tree, parties, targets)) {
                emit(out, RelationType.RIVAL_OF, a.actorId(), b.actorId(), act.lemma(), index, verb);
            }
        }
    }

    private static void emit(List<RelationExtractor.Found> out, RelationType type, String source, String target,
                             String phrase, MentionIndex index, int at) {
        RelationExtractor.typed(type, source, target, phrase, index)
            .ifPresent(t -> out.add(new RelationExtractor.Found(t, source, target, at)));
    }

    private static void verbArguments(Tree tree, int verb, Frames.Frame f, List<Integer> agents, List<Integer> patients) {
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

    private static void nounArguments(Tree tree, List<ActorMention> parties, int noun, Frames.Frame f, List<Integer> agents,
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
        if (!partiesOf(tree, parties, agents).isEmpty()) {
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

    private static boolean hypothetical(Tree tree, int trigger) {
        int node = trigger;
        for (int step = 0; step < 3 && node >= 0; step++) {
            for (Dependency d : tree.children(node)) {
                if ((d.relation().equals("aux") || d.relation().equals("mark"))
                        && HYPOTHETICAL.contains(tree.word(d.dependent()))) {
                    return true;
                }
            }
            String rel = tree.relation(node);
            // "plans to attack", "threatened to strike": the act is not yet done.
            if (!rel.equals("xcomp") && !rel.equals("conj")) {
                break;
            }
            node = tree.governor(node);
        }
        return false;
    }

    private static boolean saysTogether(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            if (TOGETHER.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parties the argument tokens name: the mention holding a token, or for a proxy noun
     * ("positions", "fighters") the mention among its modifiers.
     */
    private static List<ActorMention> partiesOf(Tree tree, List<ActorMention> parties, List<Integer> tokens) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int t : tokens) {
            collect(tree, parties, t, 0, out);
        }
        return new ArrayList<>(out);
    }

    private static void collect(Tree tree, List<ActorMention> parties, int token, int depth, Set<ActorMention> out) {
        Optional<ActorMention> direct = covering(parties, token);
        if (direct.isPresent()) {
            out.add(direct.get());
            return;
        }
        String word = tree.word(token);
        if (PRONOUNS.contains(word) && tree.relation(token).startsWith("nsubj")) {
            // "the YPG, after it evicted the army": a subject pronoun stands for the nearest party before it.
            antecedent(parties, token).ifPresent(out::add);
            return;
        }
        if (NAMED_ROLES.contains(word)) {
            // "the al-Qaeda affiliate Nusra Front", "its ally, Hezbollah": the name in apposition is the party.
            boolean named = false;
            for (Dependency d : tree.children(token)) {
                String rel = d.relation();
                if ((rel.equals("appos") || rel.equals("dep") || rel.equals("flat")) && d.dependent() > token) {
                    Optional<ActorMention> m = covering(parties, d.dependent());
                    m.ifPresent(out::add);
                    named |= m.isPresent();
                }
            }
            if (named) {
                return;
            }
        }
        boolean proxy = PROXIES.contains(word);
        boolean quantity = QUANTITIES.contains(word) || tree.pos(token).equals("CD");
        boolean held = !proxy && HELD_PLACES.contains(word);
        if (!(proxy || quantity || held) || depth > 2) {
            return;
        }
        for (Dependency d : tree.children(token)) {
            String rel = d.relation();
            String prep = tree.caseOf(d.dependent());
            boolean of = rel.startsWith("nmod") && ("of".equals(prep) || "from".equals(prep));
            if (held) {
                // "sites held by IS", "areas controlled by the regime": the holder is the one attacked.
                if (rel.startsWith("acl") && HOLDING.contains(tree.lemma(d.dependent()))) {
                    for (Dependency a : tree.children(d.dependent())) {
                        if (a.relation().equals("obl:agent") || a.relation().startsWith("obl") && "by".equals(tree.caseOf(a.dependent()))) {
                            for (int q : tree.withConjuncts(a.dependent())) {
                                collect(tree, parties, q, depth + 1, out);
                            }
                        }
                    }
                }
                continue;
            }
            if (proxy && rel.equals("acl:relcl") && tree.lemma(d.dependent()).equals("belong")) {
                // "fighters who belonged to the Levant Front"
                for (Dependency b : tree.children(d.dependent())) {
                    if (b.relation().startsWith("obl") && "to".equals(tree.caseOf(b.dependent()))) {
                        collect(tree, parties, b.dependent(), depth + 1, out);
                    }
                }
                continue;
            }
            boolean qualifier = proxy && (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod")
                || rel.startsWith("nmod") && QUALIFYING.contains(prep))
                || of;
            if (qualifier) {
                for (int q : tree.withConjuncts(d.dependent())) {
                    collect(tree, parties, q, depth + 1, out);
                }
            }
        }
    }

    private static Optional<ActorMention> antecedent(List<ActorMention> parties, int token) {
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= token) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static Optional<ActorMention> covering(List<ActorMention> parties, int token) {
        for (ActorMention m : parties) {
            if (m.tokenBegin() <= token && token < m.tokenEnd()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The parse as a tree: children by governor, each token's incoming arc. */
    private static final class Tree {
        private final AnnotatedSentence s;
        private final List<List<Dependency>> children;
        private final Dependency[] incoming;

        Tree(AnnotatedSentence s) {
            this.s = s;
            int n = s.tokens().size();
            children = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>());
            }
            incoming = new Dependency[n];
            for (Dependency d : s.dependencies()) {
                if (d.dependent() >= 0 && d.dependent() < n) {
                    incoming[d.dependent()] = d;
                }
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d);
                }
            }
        }

        List<Dependency> children(int token) {
            return children.get(token);
        }

        boolean has(int token, String relation) {
            return children.get(token).stream().anyMatch(d -> d.relation().equals(relation));
        }

        String relation(int token) {
            return incoming[token] == null ? "" : incoming[token].relation();
        }

        int governor(int token) {
            return incoming[token] == null ? -1 : incoming[token].governor();
        }

        String word(int token) {
            return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
        }

        String pos(int token) {
            return s.tokens().get(token).pos();
        }

        String lemma(int token) {
            Token t = s.tokens().get(token);
            return (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        }

        boolean isPassive(int verb) {
            return has(verb, "nsubj:pass") || has(verb, "aux:pass");
        }

        /** The preposition introducing a nominal ("against" in "against IS"), or "" when none. */
        String caseOf(int token) {
            for (Dependency d : children.get(token)) {
                if (d.relation().equals("case")) {
                    return word(d.dependent());
                }
            }
            // A particle or adverb argument ("drove IS out") is its own preposition.
            String rel = relation(token);
            return rel.equals("compound:prt") || rel.equals("advmod") ? word(token) : "";
        }

        /**
         * Who acts in the clause a noun stands in: the subject of the nearest verb above it, through
         * the nouns it modifies ("intensified its air raids in support of X": the subject of
         * "intensified").
         */
        List<Integer> actorOfClause(int noun) {
            int node = governor(noun);
            for (int step = 0; step < 3 && node >= 0; step++) {
                if (pos(node).startsWith("VB")) {
                    return isPassive(node) ? List.of() : subjectOf(node, 0);
                }
                node = governor(node);
            }
            return List.of();
        }

        /**
         * The tokens of a noun phrase held together by coordination, apposition and compounding: "clashes
         * between A B and C" names A, B and C even when the parser reads "A B" as one compound.
         */
        List<Integer> phrase(int head) {
            List<Integer> out = new ArrayList<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.add(head);
            while (!todo.isEmpty() && out.size() < 64) {
                int t = todo.poll();
                out.add(t);
                for (Dependency d : children.get(t)) {
                    String rel = d.relation();
                    if (rel.equals("conj") || rel.equals("appos") || rel.equals("compound") || rel.equals("flat")) {
                        todo.add(d.dependent());
                    }
                }
            }
            return out;
        }

        /**
         * The token and every token coordinated or in apposition with it, through chains ("the
         * government, its ally Russia and the coalition": the coalition is coordinated with the apposition).
         */
        List<Integer> withConjuncts(int token) {
            List<Integer> out = new ArrayList<>();
            out.add(token);
            for (int k = 0; k < out.size() && out.size() < 32; k++) {
                for (Dependency d : children.get(out.get(k))) {
                    if ((d.relation().equals("conj") || d.relation().equals("appos")) && !out.contains(d.dependent())) {
                        out.add(d.dependent());
                    }
                }
            }
            return out;
        }

        /**
         * The token with those it is coordinated with and those named as its companions: "X, along
         * with Y and Z, has been assisting W" makes Y and Z agents too (the parser hangs them on X
         * as an "along with" phrase, not a conjunct).
         */
        List<Integer> withCompanions(int token) {
            List<Integer> out = withConjuncts(token);
            for (Dependency d : children.get(token)) {
                if (d.relation().startsWith("nmod") && alongWith(d.dependent())) {
                    out.addAll(withConjuncts(d.dependent()));
                }
            }
            return out;
        }

        /** Whether "along" or "together" stands right before the "with" of this nominal. */
        private boolean alongWith(int nominal) {
            for (Dependency d : children.get(nominal)) {
                if (d.relation().equals("case") && word(d.dependent()).equals("with") && d.dependent() > 0) {
                    return COMPANION.contains(word(d.dependent() - 1));
                }
            }
            return false;
        }

        /** A relative pronoun stands for the noun its clause modifies. */
        List<Integer> antecedentIfPronoun(int token, int verb) {
            if (RELATIVE_PRONOUNS.contains(word(token)) && relation(verb).startsWith("acl")) {
                return withConjuncts(governor(verb));
            }
            return withConjuncts(token);
        }

        /**
         * The subject of a verb; a verb coordinated with another or its complement shares that one's
         * subject, and a participle modifying a noun ("the coalition fighting IS") has that noun.
         */
        List<Integer> subjectOf(int verb, int depth) {
            List<Integer> out = new ArrayList<>();
            for (Dependency d : children.get(verb)) {
                // Every subject the parser gives: a dateline it read as one ("DAMASCUS (Agency) The army
                // killed ...") must not hide the real subject after it.
                if (SUBJECTS.contains(d.relation())) {
                    for (int t : antecedentIfPronoun(d.dependent(), verb)) {
                        out.addAll(withCompanions(t));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            String rel = relation(verb);
            int up = governor(verb);
            if (up < 0 || depth >= 3) {
                return List.of();
            }
            if (rel.equals("conj") && depth == 0 && has(up, "nsubj:pass") && !has(up, "nsubj")) {
                // "X was formed in 2013 and receives backing from Y": the second verb's subject is the
                // first one's passive subject.
                for (Dependency d : children.get(up)) {
                    if (d.relation().equals("nsubj:pass")) {
                        out.addAll(withConjuncts(d.dependent()));
                    }
                }
                return out;
            }
            boolean auxiliary = (rel.equals("dep") || rel.equals("ccomp")) && (lemma(up).equals("have") || lemma(up).equals("be"))
                && pos(verb).startsWith("VB");
            if (rel.equals("conj") || rel.equals("xcomp") || auxiliary) {
                // "X has in recent days intensified ...": with an adverbial between, the parser makes the
                // participle a dependent of the auxiliary, which keeps the subject.
                return subjectOf(up, depth + 1);
            }
            if (rel.startsWith("acl") && !pos(verb).equals("VBN")) {
                return withConjuncts(up);
            }
            return List.of();
        }
    }
}
