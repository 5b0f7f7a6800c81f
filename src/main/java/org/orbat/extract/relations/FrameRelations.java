package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.relations.RelationExtractor.Found;
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
 * condition ("could attack", "if X backs Y") states nothing and is skipped. The arguments are read
 * by {@link FrameArguments} and named by {@link PartyArguments}. Stateless and thread-safe.
 */
final class FrameRelations {
    private static final Set<String> HYPOTHETICAL = RelationWords.of("hypothetical");
    private static final Set<String> TOGETHER = RelationWords.of("together");
    private static final Set<String> FORCING = RelationWords.of("forcing");
    private static final Set<String> GIVING_GROUND = RelationWords.of("giving-ground");

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
        return frames.mayApply(s, from, to) || window.stream().anyMatch(t -> AffiliateRoles.NOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
            || forcedBack(window) || StandingRoles.mayApply(window) || actOfLightVerb(s, Math.max(0, from), Math.min(to, s.tokens().size()));
    }

    /**
     * Whether a light verb among the tokens carries an act named just before it: in "Airstrikes carried out
     * by X against the Y insurgents" the act stands further from the parties than a frame word's reach, and
     * the verb that joins them is no frame word itself.
     */
    private boolean actOfLightVerb(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && FrameArguments.LIGHT_VERBS.contains(lemma) && frames.mayApply(s, i - LIGHT_REACH, i)) {
                return true;
            }
        }
        return false;
    }

    /** How far before its light verb an act may stand ("Air strikes were carried out"). */
    private static final int LIGHT_REACH = 3;

    /** Whether the words hold a verb of forcing and an infinitive of giving ground ("forced X to withdraw"). */
    private static boolean forcedBack(List<Token> window) {
        boolean forcing = false;
        for (Token t : window) {
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            forcing |= t.pos().startsWith("VB") && FORCING.contains(lemma);
            if (forcing && t.pos().equals("VB") && GIVING_GROUND.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun with this lemma opens a frame ("strike", "raid"). */
    boolean isNoun(String lemma) {
        return frames.isNoun(lemma);
    }

    /** Whether a verb with this lemma opens a frame ("fight", "back"). */
    boolean isVerb(String lemma) {
        return frames.isVerb(lemma);
    }

    /** How far before the first party or after the last a frame word may stand. */
    private static final int REACH = 4;

    List<Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        if (s.dependencies().isEmpty() || parties.size() < 2) {
            return out;
        }
        ParseTree tree = new ParseTree(s);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (FrameArguments.LIGHT_VERBS.contains(tree.lemma(i)) && tree.pos(i).startsWith("VB") && !hypothetical(tree, i)) {
                carriedOutBy(tree, parties, index, i, out);
            }
            if (FORCING.contains(tree.lemma(i)) && tree.pos(i).startsWith("VB") && !hypothetical(tree, i)) {
                forcedBack(tree, parties, index, i, out);
            }
            Optional<Frames.Frame> frame = frames.at(s, i);
            if (frame.isEmpty() || hypothetical(tree, i)) {
                continue;
            }
            Frames.Frame f = frame.get();
            List<List<Integer>> pairs = new ArrayList<>();
            List<List<Integer>> sides = new ArrayList<>();
            List<Integer> agents = new ArrayList<>();
            List<Integer> patients = new ArrayList<>();
            if (f.noun()) {
                boolean joint = FrameArguments.nouns(tree, parties, i, f, agents, patients, pairs, frames);
                if (joint && f.type() == RelationType.RIVAL_OF) {
                    // "an offensive by X and Y against Z": one act with two agents, who fought it together.
                    sides.add(agents);
                }
            } else if (tree.lemma(i).equals("pit")) {
                FrameArguments.pitted(tree, i, agents, patients);
                // "pits X against A and B": the parties named on one side of the infighting fight on it together.
                sides.add(agents);
                sides.add(patients);
            } else {
                FrameArguments.verbs(tree, i, f, agents, patients);
            }
            List<ActorMention> a = PartyArguments.partiesOf(tree, parties, agents);
            if (a.isEmpty() && !f.noun()) {
                a = PartyArguments.partiesOf(tree, parties, tree.nounBeforeParticiple(i));
            }
            List<ActorMention> p = PartyArguments.partiesOf(tree, parties, patients);
            for (ActorMention x : a) {
                for (ActorMention y : p) {
                    String src = f.inverse() ? y.actorId() : x.actorId();
                    String dst = f.inverse() ? x.actorId() : y.actorId();
                    Found.emit(out, f.type(), src, dst, f.lemma(), index, i);
                }
            }
            for (List<Integer> between : pairs) {
                List<ActorMention> both = PartyArguments.partiesOf(tree, parties, between);
                for (int x = 0; x < both.size(); x++) {
                    for (int y = x + 1; y < both.size(); y++) {
                        String src = both.get(x).actorId();
                        String dst = both.get(y).actorId();
                        Found.emit(out, f.type(), src, dst, f.lemma(), index, i);
                    }
                }
            }
            for (List<Integer> side : sides) {
                List<ActorMention> one = PartyArguments.partiesOf(tree, parties, side);
                if (one.size() >= 2 && !p.isEmpty() && !a.isEmpty()) {
                    for (int x = 0; x < one.size(); x++) {
                        for (int y = x + 1; y < one.size(); y++) {
                            Found.emit(out, RelationType.ALLY_OF, one.get(x).actorId(), one.get(y).actorId(), "same side", index, i);
                        }
                    }
                }
            }
            if (f.type() == RelationType.ALLY_OF && !f.noun()) {
                // "X and Y coordinated on security against Z": a verb of alliance makes its coordinated
                // subjects allies, and each a rival of the common foe named after "against".
                for (int x = 0; x < a.size(); x++) {
                    for (int y = x + 1; y < a.size(); y++) {
                        Found.emit(out, RelationType.ALLY_OF, a.get(x).actorId(), a.get(y).actorId(), f.lemma(), index, i);
                    }
                }
                List<ActorMention> foes = PartyArguments.partiesOf(tree, parties, FrameArguments.against(tree, i));
                for (ActorMention x : a) {
                    for (ActorMention y : foes) {
                        Found.emit(out, RelationType.RIVAL_OF, x.actorId(), y.actorId(), "against", index, i);
                    }
                }
            }
            boolean byAgents = !f.noun() && tree.isPassive(i);
            if (byAgents && a.size() >= 2 && !saysTogether(s)) {
                // "civilians were killed in strikes by X and Y": the agents of a passive are co-agents of one
                // act on its subject, never each other's rivals; that they acted together needs saying.
                continue;
            }
            if (a.size() >= 2 && f.type() == RelationType.RIVAL_OF && (saysTogether(s) || !f.noun()) && sides.isEmpty()) {
                // "X and Y attacked Z": allies against a common foe. With nobody else acted against and no
                // "together", the verb is reciprocal: "X and Y have clashed", "X and Y fought a war" are rivals.
                boolean together = saysTogether(s) || !p.isEmpty() || FrameArguments.actsOnSomething(tree, i);
                for (int x = 0; x < a.size(); x++) {
                    for (int y = x + 1; y < a.size(); y++) {
                        String src = a.get(x).actorId();
                        String dst = a.get(y).actorId();
                        Found.emit(out, together ? RelationType.ALLY_OF : RelationType.RIVAL_OF, src, dst,
                            together ? "together" : "each other", index, i);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Air strikes were carried out by X against Y": the light verb holds the agent and the target of
     * the act its subject or object names, whichever of the two the parser made the act.
     */
    private void carriedOutBy(ParseTree tree, List<ActorMention> parties, MentionIndex index, int verb,
                              List<Found> out) {
        Frames.Frame act = null;
        boolean object = false;
        List<Integer> agents = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Dependency d : tree.children(verb)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.startsWith("nsubj")) {
                Optional<Frames.Frame> f = frames.at(tree.sentence(), d.dependent());
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
        for (ActorMention a : PartyArguments.partiesOf(tree, parties, agents)) {
            for (ActorMention b : PartyArguments.partiesOf(tree, parties, targets)) {
                Found.emit(out, RelationType.RIVAL_OF, a.actorId(), b.actorId(), act.lemma(), index, verb);
            }
        }
    }

    /**
     * "The IS assault forced the army to pull back", "Kurdish fighters compelled IS to withdraw": whoever
     * makes another give ground fights it. The subject (or the act standing for it) and the object are rivals.
     */
    private static void forcedBack(ParseTree tree, List<ActorMention> parties, MentionIndex index, int verb, List<Found> out) {
        if (tree.isPassive(verb)) {
            return;
        }
        List<Integer> yielding = new ArrayList<>();
        boolean ground = false;
        for (Dependency d : tree.children(verb)) {
            if (d.relation().equals("obj")) {
                yielding.addAll(tree.withConjuncts(d.dependent()));
            } else if (d.relation().equals("xcomp") && GIVING_GROUND.contains(tree.lemma(d.dependent()))) {
                ground = true;
            }
        }
        if (!ground) {
            return;
        }
        for (ActorMention a : PartyArguments.partiesOf(tree, parties, tree.subjectOf(verb, 0))) {
            for (ActorMention b : PartyArguments.partiesOf(tree, parties, yielding)) {
                Found.emit(out, RelationType.RIVAL_OF, a.actorId(), b.actorId(), "forced back", index, verb);
            }
        }
    }

    private static boolean hypothetical(ParseTree tree, int trigger) {
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
}
