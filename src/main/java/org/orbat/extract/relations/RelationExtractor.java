package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.PhraseLexicon;
import org.orbat.extract.claims.SourceAttributor;
import org.orbat.extract.claims.StanceDetector;
import org.orbat.extract.time.FactDates;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.DependencyParser;
import org.orbat.nlp.Token;

/**
 * Finds relations stated by one sentence. The parties are the syntactic arguments of what states
 * the relation, read from the sentence's dependency parse: a curated cue phrase (relation-cues.tsv),
 * a frame verb or noun of fighting and sponsorship ({@link FrameRelations}: "X attacked Y", "X's
 * offensive against Y", "X, backed by Y"), a role noun ("X is Y's branch", {@link AffiliateRoles}; "X is
 * the main component of Y", "X is a force against Y", {@link StandingRoles}), a sponsor compound
 * ("US-backed X", {@link SponsorCompounds}), a designation verb ({@link Designations}) or a titled head
 * of government ({@link GovernmentLeaders}). A verb cue whose parse names no subject or object gives
 * nothing rather than the nearest names. Kinds are checked against the relation (a leader is a person;
 * allies and rivals are armed actors, states or governments, never reporting organizations), and a
 * country named as a place is no party ({@link Parties}).
 *
 * <p>Negated cues ("did not fight alongside") produce nothing, hypothetical ones ("could attack") are
 * skipped, hedged ones and a party's claims ("Turkey accuses X of arming Y") are kept as
 * {@code claimed} with the claimant as source, as is what a sentence states inside a quotation that a
 * party's statement opened in an earlier sentence ({@link Quotations}), and "formerly", "once", "former"
 * give a relation that had
 * ended ({@link RelationTense}). Only sentences that name two different actors and hold a cue or frame
 * word are parsed, so the parser sees a small share of the text. Thread-safe.
 */
public final class RelationExtractor {
    private static final int GAP = 8;
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "relation-grammar.tsv");
    private static final Set<String> CLAUSE_BREAKS = GRAMMAR.words("clause-break");
    private static final Set<String> COORDINATION = GRAMMAR.words("coordination");

    private static final PhraseLexicon<Cue> CUES = PhraseLexicon.load(Language.ENGLISH.resource("relation-cues.tsv"), Cue::parse);
    /** Universal Dependencies relation labels, the parser's vocabulary and no language's words: they stay here. */
    private static final Set<String> HEAD_MODIFIERS = Set.of("conj", "appos", "compound", "nmod:poss", "nmod", "flat", "dep",
        "amod", "det");

    private final PhraseLexicon<Cue> cues = CUES;
    private final DependencyArguments arguments = new DependencyArguments();
    private final FrameRelations frames = new FrameRelations(Frames.shipped());
    private final GovernmentLeaders leaders = GovernmentLeaders.shipped();
    private final SponsorCompounds sponsors;
    private final Designations designations;
    private final StanceDetector stance = new StanceDetector();
    private final SourceAttributor sources = new SourceAttributor();
    private final FactDates dates = new FactDates();

    private final DependencyParser parser;

    /**
     * @param parser parses, on demand, the sentences where a relation cue stands among two or more
     *               parties: few enough that parsing them costs little, and the only ones whose
     *               arguments word order can get wrong
     */
    public RelationExtractor(SponsorCompounds sponsors, Designations designations, DependencyParser parser) {
        this.sponsors = sponsors;
        this.designations = designations;
        this.parser = parser;
    }

    public List<Relation> extract(String documentId, AnnotatedArticle article, MentionIndex mentions) {
        List<Relation> out = new ArrayList<>();
        DateValue published = article.article().published();
        Optional<Anaphora.Antecedent> antecedent = Optional.empty();
        Optional<Quotations.Open> quotation = Optional.empty();
        for (AnnotatedSentence s : article.sentences()) {
            Optional<Quotations.Open> inside = quotation;
            quotation = Quotations.after(quotation, s, mentions);
            List<ActorMention> named = Parties.of(s, mentions);
            Optional<ActorMention> reference = Anaphora.resolve(s, named, antecedent);
            List<ActorMention> parties = reference.map(r -> Anaphora.with(named, r)).orElse(named);
            if (reference.isPresent()) {
                // A group referred to stays the one a later "the group" stands for.
                antecedent = Optional.of(new Anaphora.Antecedent(reference.get().actorId(), s.index()));
            }
            antecedent = Anaphora.update(antecedent, s, mentions);
            int first = out.size();
            read(out, documentId, s, parties, mentions, published);
            for (int i = first; i < out.size(); i++) {
                out.set(i, Quotations.attributed(out.get(i), inside));
            }
        }
        return dedupe(out);
    }

    /** Adds to {@code out} the relations sentence {@code s} states between {@code parties}. */
    private void read(List<Relation> out, String documentId, AnnotatedSentence s, List<ActorMention> parties,
                      MentionIndex mentions, DateValue published) {
        for (Found f : sponsors.find(s, Parties.withOrganizations(s, parties, mentions))) {
            Optional<RelationType> type = typed(f.type(), f.source(), f.target(), "compound", mentions);
            if (type.isPresent()) {
                addPresupposed(out, documentId, s, mentions, type.get(), f.source(), f.target(), f.at(), published);
            }
        }
        for (Found f : leaders.find(s, mentions)) {
            add(out, documentId, s, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        // "its Russian allies" names the second party by a nationality, so one named party is enough.
        for (Found f : AllyPhrases.demonymAllies(s, parties, sponsors.demonyms(), mentions)) {
            addPresupposed(out, documentId, s, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        boolean designation = !parties.isEmpty() && Designations.mayApply(s);
        if (parties.size() < 2 && !designation) {
            return;
        }
        List<ActorMention> heads = parties.stream().filter(m -> !MentionIndex.qualifiesRoleNoun(s, m)).toList();
        List<PhraseLexicon.Match<Cue>> found = cues.find(s);
        // A relation needs two different actors: a sentence naming one group twice is not worth a parse.
        boolean twoActors = parties.stream().map(ActorMention::actorId).distinct().count() >= 2;
        boolean worthParsing = designation || twoActors
            && (frames.mayApply(s, parties) || found.stream().anyMatch(c -> wouldPair(s, c, heads)));
        AnnotatedSentence sentence = s.dependencies().isEmpty() && worthParsing
            ? TagRepairs.forReading(s, mentions, frames)
                .withDependencies(parser.parse(TagRepairs.namesAsNouns(TagRepairs.forReading(s, mentions, frames), mentions))) : s;
        for (Found f : designations.find(sentence, parties, mentions)) {
            add(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        if (parties.size() < 2) {
            return;
        }
        for (PhraseLexicon.Match<Cue> cue : found) {
            List<ActorMention> candidates = cue.label().shape() == CueShape.COMPOUND ? parties : heads;
            for (Found f : pairs(sentence, cue, candidates, mentions)) {
                add(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
            }
        }
        for (Found f : FormerNames.find(s, parties)) {
            typed(f.type(), f.source(), f.target(), "formerly known as", mentions)
                .ifPresent(t -> add(out, documentId, s, mentions, t, f.source(), f.target(), f.at(), published));
        }
        for (Found f : Inclusions.find(s, parties)) {
            typed(f.type(), f.source(), f.target(), "includes", mentions)
                .ifPresent(t -> add(out, documentId, s, mentions, t, f.source(), f.target(), f.at(), published));
        }
        for (Found f : AffiliateRoles.find(sentence, parties, mentions)) {
            add(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        for (Found f : StandingRoles.find(sentence, parties, mentions)) {
            add(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        for (Found f : AllyPhrases.find(sentence, parties, mentions)) {
            addPresupposed(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        for (Found f : AffiliateRoles.possessed(s, parties, mentions)) {
            addPresupposed(out, documentId, s, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
        for (Found f : frames.find(sentence, parties, mentions)) {
            add(out, documentId, sentence, mentions, f.type(), f.source(), f.target(), f.at(), published);
        }
    }

    /** Whether word order alone finds parties on both sides of a verb cue: only then is a parse worth its cost. */
    private static boolean wouldPair(AnnotatedSentence s, PhraseLexicon.Match<Cue> cue, List<ActorMention> heads) {
        CueShape shape = cue.label().shape();
        boolean verbal = shape == CueShape.FORWARD || shape == CueShape.INVERSE;
        boolean right = verbal && !rightList(s, heads, cue.tokenEnd()).isEmpty();
        return right && (!leftList(s, heads, cue.tokenBegin()).isEmpty() || openingParticiple(s, cue.tokenBegin()));
    }

    /**
     * Whether a cue is a participle opening the sentence ("Once allied to X, Y turned …"): the one it is
     * said of is the subject after it, which only the parse finds.
     */
    private static boolean openingParticiple(AnnotatedSentence s, int cueBegin) {
        if (cueBegin > 2 || cueBegin >= s.tokens().size()) {
            return false;
        }
        for (int i = 0; i < cueBegin; i++) {
            String pos = s.tokens().get(i).pos();
            if (!(pos.equals("RB") || pos.equals("IN"))) {
                return false;
            }
        }
        String pos = s.tokens().get(cueBegin).pos();
        return pos.equals("VBN") || pos.equals("VBG");
    }

    /** One relation read from a sentence, before dating and sourcing. */
    record Found(RelationType type, String source, String target, int at) {
        /** Adds the relation to {@code out} when the parties' kinds allow its type ({@link #typed}). */
        static void emit(List<Found> out, RelationType type, String source, String target, String phrase,
                         MentionIndex index, int at) {
            typed(type, source, target, phrase, index).ifPresent(t -> out.add(new Found(t, source, target, at)));
        }
    }

    private List<Found> pairs(AnnotatedSentence s, PhraseLexicon.Match<Cue> cue, List<ActorMention> parties, MentionIndex index) {
        List<Found> out = new ArrayList<>();
        Cue c = cue.label();
        int cb = cue.tokenBegin();
        int ce = cue.tokenEnd();
        switch (c.shape()) {
            case FORWARD, INVERSE -> {
                Optional<DependencyArguments.Args> parsed = arguments.of(s, cb, ce);
                List<ActorMention> left;
                List<ActorMention> right;
                if (parsed.isPresent()) {
                    // A verb cue's parties are its subject and object in the parse, or nobody: the nearest
                    // names around a verb are often not its arguments.
                    left = covering(s, parties, parsed.get().subject());
                    right = covering(s, parties, parsed.get().object());
                } else if (hasVerb(s, cb, ce) && !s.dependencies().isEmpty()) {
                    left = List.of();
                    right = List.of();
                } else if (hasVerb(s, cb, ce)) {
                    left = leftList(s, parties, cb);
                    right = rightList(s, parties, ce);
                } else {
                    // A noun cue ("member of", "branch of") relates the name it predicates or stands beside:
                    // "X is a member of Y", "X, a branch of Y", never a name further back.
                    left = predicated(s, parties, cb);
                    right = rightList(s, parties, ce);
                }
                for (ActorMention a : left) {
                    for (ActorMention b : right) {
                        String src = c.shape() == CueShape.FORWARD ? a.actorId() : b.actorId();
                        String dst = c.shape() == CueShape.FORWARD ? b.actorId() : a.actorId();
                        typed(c.type(), src, dst, cue.phrase(), index).ifPresent(t -> out.add(new Found(t, src, dst, cb)));
                    }
                }
            }
            case BETWEEN -> {
                List<ActorMention> right = rightList(s, parties, ce);
                if (right.size() >= 2) {
                    String a = right.get(0).actorId();
                    String b = right.get(1).actorId();
                    typed(c.type(), a, b, cue.phrase(), index).ifPresent(t -> out.add(new Found(t, a, b, cb)));
                }
            }
            case COMPOUND -> compound(s, cue, parties, index).ifPresent(out::add);
        }
        return out;
    }

    /** "al-Qaeda affiliate X" / "Caucasus Emirate leader Y" / "X, al-Qaeda's affiliate" / "the SRF's leader, Y". */
    private Optional<Found> compound(AnnotatedSentence s, PhraseLexicon.Match<Cue> cue, List<ActorMention> parties, MentionIndex index) {
        int cb = cue.tokenBegin();
        int ce = cue.tokenEnd();
        ActorMention owner = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= cb && cb - m.tokenEnd() <= 3 && onlyModifiers(s, m.tokenEnd(), cb)) {
                owner = m;
            }
        }
        if (owner == null) {
            return Optional.empty();
        }
        boolean possessive = Possessors.is(s, owner);
        List<ActorMention> others = new ArrayList<>();
        int named = Appositions.pastPlace(s, ce, parties);
        for (ActorMention m : parties) {
            if (m.tokenBegin() >= ce && (m.tokenBegin() - ce <= (possessive ? 2 : 0) || m.tokenBegin() == named)) {
                others.add(m);
                break;
            }
        }
        // "X, al-Qaeda's branch in Syria", "X is Iran's closest ally", "X, an al-Qaeda affiliate": the name the
        // phrase is said of, before it.
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= owner.tokenBegin() && Appositions.saidOf(s, m.tokenEnd(), owner.tokenBegin(), possessive)) {
                others.add(m);
            }
        }
        String dst = owner.actorId();
        for (ActorMention other : others) {
            String src = other.actorId();
            if (!src.equals(dst)) {
                Optional<RelationType> t = typed(cue.label().type(), src, dst, cue.phrase(), index);
                if (t.isPresent()) {
                    return Optional.of(new Found(t.get(), src, dst, cb));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean onlyModifiers(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (!(isPossessive(t) || t.pos().startsWith("JJ") || t.pos().startsWith("NN") && Character.isLowerCase(t.word().charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(Token t) {
        return Possessors.isMark(t);
    }

    /** The parties whose mention holds one of the tokens, or a word that modifies it ("Hazm fighters"). */
    private static List<ActorMention> covering(AnnotatedSentence s, List<ActorMention> parties, List<Integer> heads) {
        java.util.Set<Integer> tokens = new java.util.HashSet<>(heads);
        for (int round = 0; round < 2; round++) {
            for (org.orbat.nlp.Dependency d : s.dependencies()) {
                if (tokens.contains(d.governor()) && HEAD_MODIFIERS.contains(d.relation())) {
                    tokens.add(d.dependent());
                }
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : parties) {
            for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
                if (tokens.contains(t)) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static final Set<String> PREDICATION = GRAMMAR.words("predication");

    private static final Set<String> OTHERS = GRAMMAR.words("others");
    /** Adjectives a noun cue may carry without changing what it says: "X, a key ally of Y". */
    private static final Set<String> DEGREE = GRAMMAR.words("degree");

    private static boolean hasVerb(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.tokens().get(i).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** The party a noun cue is said of: right before it, with only a copula or an apposition's comma between. */
    private static List<ActorMention> predicated(AnnotatedSentence s, List<ActorMention> parties, int cb) {
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= cb && cb - m.tokenEnd() <= 4) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return List.of();
        }
        boolean others = false;
        for (int i = nearest.tokenEnd(); i < cb; i++) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            others |= w.equals("other") || w.equals("fellow");
            if (!PREDICATION.contains(w) && !OTHERS.contains(w) && !DEGREE.contains(w)) {
                return List.of();
            }
        }
        // "X, Y and other members of Z": every name of the list is one of Z's members.
        return others ? leftList(s, parties, nearest.tokenEnd()) : List.of(nearest);
    }

    /** The party nearest before the cue, and those coordinated with it ("A, B and C"). */
    private static List<ActorMention> leftList(AnnotatedSentence s, List<ActorMention> parties, int cb) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= cb && cb - m.tokenEnd() <= GAP && !breaks(s, m.tokenEnd(), cb)) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return out;
        }
        out.add(nearest);
        int edge = nearest.tokenBegin();
        for (int i = parties.indexOf(nearest) - 1; i >= 0; i--) {
            ActorMention m = parties.get(i);
            if (m.tokenEnd() <= edge && onlyCoordination(s, m.tokenEnd(), edge) && !Possessors.is(s, m)) {
                out.add(0, m);
                edge = m.tokenBegin();
            } else {
                break;
            }
        }
        return out;
    }

    /** The party nearest after the cue, and those coordinated with it. */
    private static List<ActorMention> rightList(AnnotatedSentence s, List<ActorMention> parties, int ce) {
        List<ActorMention> out = new ArrayList<>();
        int edge = -1;
        for (ActorMention m : parties) {
            if (m.tokenBegin() < ce) {
                continue;
            }
            if (edge < 0) {
                if (m.tokenBegin() - ce > GAP || breaks(s, ce, m.tokenBegin())) {
                    break;
                }
                out.add(m);
                edge = m.tokenEnd();
            } else if (onlyCoordination(s, edge, m.tokenBegin()) && !Possessors.is(s, out.get(out.size() - 1))) {
                out.add(m);
                edge = m.tokenEnd();
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean breaks(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCoordination(AnnotatedSentence s, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!COORDINATION.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Checks the parties' kinds against the relation; may turn "joined" a non-coalition into an alliance. */
    static Optional<RelationType> typed(RelationType type, String source, String target, String phrase, MentionIndex index) {
        if (source.equals(target)) {
            return Optional.empty();
        }
        ActorKind s = index.kind(source);
        ActorKind t = index.kind(target);
        boolean armed = s != ActorKind.PERSON && t != ActorKind.PERSON && s.isParty() && t.isParty();
        return switch (type) {
            case ALLY_OF, RIVAL_OF -> armed ? Optional.of(type) : Optional.empty();
            case MEMBER_OF -> {
                if (!t.isParty() || t == ActorKind.PERSON || t == ActorKind.STATE) {
                    yield Optional.empty();
                }
                boolean inclusion = phrase.startsWith("includ") || phrase.endsWith("includes");
                if (inclusion && t != ActorKind.COALITION) {
                    yield Optional.empty();
                }
                if (phrase.contains("join") && t != ActorKind.COALITION && s != ActorKind.PERSON) {
                    yield armed ? Optional.of(RelationType.ALLY_OF) : Optional.empty();
                }
                yield Optional.of(type);
            }
            case LEADER_OF -> s == ActorKind.PERSON && t != ActorKind.PERSON && t.isParty() ? Optional.of(type) : Optional.empty();
            case SUPPORTED_BY -> s != ActorKind.PERSON && t != ActorKind.PERSON && s.isParty() && t.isParty() ? Optional.of(type) : Optional.empty();
            // "the IS-affiliated Amaq agency": a group's media arm is its affiliate, though no armed party.
            case AFFILIATE_OF -> (armed || s == ActorKind.ORGANIZATION && phrase.equals("compound") && t == ActorKind.GROUP)
                && s != ActorKind.STATE && t != ActorKind.STATE ? Optional.of(type) : Optional.empty();
            case RENAMED_TO, SPLIT_FROM -> armed && s != ActorKind.STATE && t != ActorKind.STATE ? Optional.of(type) : Optional.empty();
            case PLEDGED_ALLEGIANCE_TO -> s != ActorKind.PERSON && s.isParty() && t.isParty() ? Optional.of(type) : Optional.empty();
            case DESIGNATED_BY -> t == ActorKind.STATE || t == ActorKind.GOVERNANCE ? Optional.of(type) : Optional.empty();
        };
    }

    private void add(List<Relation> out, String documentId, AnnotatedSentence s, MentionIndex index, RelationType type,
                     String source, String target, int at, DateValue published) {
        add(out, documentId, s, index, type, source, target, at, published, stance.stanceOf(s, at));
    }

    /**
     * Adds a relation that a noun phrase presupposes ("its Hezbollah allies", "US-backed X"): a denial verb over
     * the clause does not deny it ({@link StanceDetector#stanceOfPresupposed}).
     */
    private void addPresupposed(List<Relation> out, String documentId, AnnotatedSentence s, MentionIndex index,
                                RelationType type, String source, String target, int at, DateValue published) {
        add(out, documentId, s, index, type, source, target, at, published, stance.stanceOfPresupposed(s, at));
    }

    private void add(List<Relation> out, String documentId, AnnotatedSentence s, MentionIndex index, RelationType type,
                     String source, String target, int at, DateValue published, Stance clauseStance) {
        Stance st = clauseStance;
        if (st == Stance.DENIED) {
            return;
        }
        FactDates.Span when = dates.at(s, at, published);
        String reporter = sources.reportedBy(s).orElse(null);
        Optional<RelationTense.Claim> claim = RelationTense.claim(s, at, index);
        if (claim.isPresent()) {
            st = st == Stance.ASSERTED ? Stance.CLAIMED : st;
            reporter = reporter == null ? claim.get().claimant().orElse(null) : reporter;
        }
        DateValue start = when.start();
        DateValue end = null;
        if (type != RelationType.RENAMED_TO && RelationTense.past(s, at)
                || type == RelationType.LEADER_OF && RelationTense.died(s, at)) {
            // "formerly allied with": the relation had ended by the time of the sentence (or of the report).
            end = when.fromText() ? when.start() : published;
            start = null;
        }
        out.add(new Relation(type, source, target, start, end,
            new Evidence(documentId, s.index(), s.text(), reporter, null, st)));
    }

    private static List<Relation> dedupe(List<Relation> relations) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            boolean seen = out.stream().anyMatch(o -> o.type() == r.type() && o.source().equals(r.source())
                && o.target().equals(r.target()) && o.evidence().sentenceIndex() == r.evidence().sentenceIndex());
            if (!seen) {
                out.add(r);
            }
        }
        return out;
    }
}
