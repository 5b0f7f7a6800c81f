package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorHomes;
import org.orbat.actors.ActorMention;
import org.orbat.extract.Demonyms;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.PhraseLexicon;
import org.orbat.extract.claims.Abbreviations;
import org.orbat.extract.claims.ArticleTolls;
import org.orbat.extract.claims.FatalityExtractor;
import org.orbat.extract.claims.SourceAttributor;
import org.orbat.extract.claims.StanceDetector;
import org.orbat.extract.claims.TollClaim;
import org.orbat.extract.places.PlaceMention;
import org.orbat.extract.time.FactDates;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Finds events in an article. A sentence with a trigger phrase ({@code lang/<code>/event-triggers.tsv} of the
 * article's language) states an
 * event of that type, with who did what to whom read from the sentence's grammar ({@link SideReader}; an
 * opening "It" or "The group" stands for the previous sentence's subject, {@link SubjectAnaphora}; a leader's
 * men for what he leads, {@link Followers}),
 * filed the way an ACLED coder would ({@link AcledCoder}), with its places, its date (the sentence's
 * own, else the publication date), its toll, its reporting source and its stance. Generic actors
 * ("gunmen", "two farmers", "protesters") stand on a side as ACLED's generic actors, named per country.
 * A sentence that only gives a toll, or only places, adds to the event just reported; a denial ("the
 * government denied that the towns were captured") disputes it. Reports of one happening in nearby
 * sentences are merged. Thread-safe.
 */
public final class EventExtractor {
    private static final int REACH = 2;
    private static final Set<String> LOCATIVES = EventWords.list("locatives");
    private static final Set<String> SPONSOR_VERBS = WordTable.of(Language.ENGLISH, "sponsor-participles.tsv").words("backing");
    /** Words that open a clause about another happening: its trigger yields to the main clause's. */
    private static final Set<String> SUBORDINATORS = EventWords.list("subordinators");
    private static final Set<String> SEQUENCERS = EventWords.list("sequencers");

    /**
     * The events of one article, and the actors they name that no mention of the article stands for:
     * ACLED's generic actors and the armed forces a state's action is coded to.
     */
    public record Result(List<Event> events, List<Actor> actors) {
        public Result {
            events = List.copyOf(events);
            actors = List.copyOf(actors);
        }
    }

    /** Each language's trigger phrases, loaded when its first article comes: the words are the language's, the rules not. */
    private final Map<Language, PhraseLexicon<Trigger>> triggers = new java.util.concurrent.ConcurrentHashMap<>();
    private final GenericActors generic = new GenericActors();
    private final DocumentCountry documentCountry = DocumentCountry.load(generic::armedHead);
    /** "The military", "security forces", "police": a state's forces named without the state. */
    private final PhraseLexicon<String> genericForces = PhraseLexicon.load(Language.ENGLISH.resource("generic-forces.tsv"), String::trim);
    private final SideReader sideReader = new SideReader();
    private final AcledCoder coder = new AcledCoder();
    private final ArticleDetails details = new ArticleDetails();
    private final FatalityExtractor tolls = new FatalityExtractor();
    private final SourceAttributor sources = new SourceAttributor();
    private final StanceDetector stance = new StanceDetector();
    private final FactDates dates = new FactDates();
    private final Demonyms demonyms;
    private final StateForces forces;
    private final MilitiaPatrons patrons;
    private final Followers followers;
    private final CountryAbbreviations abbreviations;
    private final ActorHomes homes = new ActorHomes();
    private final org.orbat.actors.ActorResolver resolver;

    public EventExtractor(Demonyms demonyms, org.orbat.actors.ActorResolver resolver) {
        this.demonyms = demonyms;
        this.resolver = resolver;
        this.forces = new StateForces(resolver);
        this.patrons = new MilitiaPatrons(demonyms);
        this.followers = new Followers(resolver);
        this.abbreviations = new CountryAbbreviations(resolver);
    }

    public Result extract(String documentId, AnnotatedArticle article, MentionIndex mentions) {
        Abbreviations abbreviations = Abbreviations.learn(article.sentences());
        DateValue published = article.article().published();
        PhraseLexicon<Trigger> lexicon = triggers.computeIfAbsent(
            java.util.Objects.requireNonNullElse(article.article().language(), Language.ENGLISH),
            l -> PhraseLexicon.load(l.resource("event-triggers.tsv"), Trigger::parse));
        String country = articleCountry(article, mentions);
        ArticleTolls articleTolls = ArticleTolls.of(article.sentences(), tolls);
        Map<String, Actor> genericActors = new LinkedHashMap<>();
        List<EventDraft> drafts = new ArrayList<>();
        Narrative narrative = new Narrative();
        SubjectAnaphora anaphora = new SubjectAnaphora();
        for (AnnotatedSentence s : article.sentences()) {
            FactDates.Span inherited = narrative.dateFor(s);
            Optional<Party> anaphor = anaphora.resolve(s, mentions);
            List<PhraseLexicon.Match<Trigger>> found = triggersOutsideNames(s, mentions, lexicon);
            // A toll far above what the rest of the article supports is held for review, not stated as fact.
            Optional<Integer> toll = articleTolls.forSentence(s.index()).flatMap(TollClaim::asFact);
            String reporter = sources.reportedBy(s, abbreviations).orElse(null);
            if (claimedResponsibility(drafts, s, mentions, documentId, reporter)) {
                continue;
            }
            if (found.isEmpty()) {
                attachToRecent(drafts, s, mentions, toll.orElse(null), reporter, documentId, genericActors, null);
                continue;
            }
            List<PhraseLexicon.Match<Trigger>> picked = chosen(s, found);
            // "At least 25 people were killed", "the attack destroyed…": the outcome of the incident just reported.
            if (picked.size() == 1 && (refersBack(s, picked.get(0)) || picked.get(0).label().weak()) && attachToRecent(drafts, s, mentions, toll.orElse(null), reporter, documentId, genericActors,
                    picked.get(0).label().weak() ? null : picked.get(0).label().type())) {
                continue;
            }
            for (PhraseLexicon.Match<Trigger> trigger : picked) {
                Stance st = stance.stanceOf(s, trigger.tokenBegin());
                if (st == Stance.DENIED) {
                    disputeRecent(drafts, s, trigger.label().type(), reporter, documentId);
                    continue;
                }
                int part = contrastPart(s, trigger.tokenBegin());
                List<PhraseLexicon.Match<Trigger>> ofPart = found.stream().filter(m -> contrastPart(s, m.tokenBegin()) == part).toList();
                EventDraft draft = draft(s, trigger, ofPart, anaphor, mentions, published, inherited, country, genericActors);
                if (draft == null) {
                    continue;
                }
                Optional<EventType> tolledAct = ofPart.stream().map(PhraseLexicon.Match::label)
                    .filter(l -> l.type().tolled() && !l.weak()).map(Trigger::type)
                    .filter(t -> drafts.stream().anyMatch(x -> x.type.compatible(t))).findFirst();
                if (!draft.type.tolled() && toll.isPresent() && tolledAct.isPresent()) {
                    // "10 soldiers were killed and 2 drones were shot down in the clashes": the toll belongs to the
                    // fighting just reported, which the sentence names, not to the downing, which carries none
                    attachToRecent(drafts, s, mentions, toll.get(), reporter, documentId, genericActors, tolledAct.get());
                }
                actedInRecent(drafts, draft);
                draft.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter,
                    draft.type.tolled() ? toll.orElse(null) : null, st));
                if (toll.isPresent()) {
                    anonymousVictims(draft, genericActors);
                }
                mergeOrAdd(drafts, draft);
            }
        }
        metWithForce(drafts, article, mentions, genericActors);
        details.refine(drafts, article.sentences());
        List<Event> out = new ArrayList<>();
        Set<String> named = new java.util.HashSet<>();
        for (EventDraft d : drafts) {
            if (d.places.isEmpty()) {
                articlePlace(article, mentions).ifPresent(d.places::add);
            }
            Event e = d.toEvent(documentId + "-e" + out.size());
            out.add(e);
            named.addAll(e.actors());
        }
        List<Actor> used = genericActors.values().stream().filter(a -> named.contains(a.id())).toList();
        return new Result(out, used);
    }

    /**
     * A report often tells how a protest was met in the sentences after it ("Police intervened with live
     * ammunition."): the sentences it took as its own and the two after them, up to the next protest, can raise a peaceful protest
     * to one with intervention, or either to excessive force (ACLED codes the most severe response). The
     * state forces that sentence names are who intervened: the codebook's actor 2 of a protest met with force.
     */
    private void metWithForce(List<EventDraft> drafts, AnnotatedArticle article, MentionIndex mentions, Map<String, Actor> genericActors) {
        List<AnnotatedSentence> sentences = article.sentences();
        for (EventDraft d : drafts) {
            if (d.type != EventType.PROTEST || d.subEvent == AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS || d.evidence.isEmpty()) {
                continue;
            }
            int first = d.evidence.stream().mapToInt(Evidence::sentenceIndex).min().orElseThrow();
            int last = d.evidence.stream().mapToInt(Evidence::sentenceIndex).max().orElseThrow();
            for (int i = first + 1; i <= last + 2 && i < sentences.size(); i++) {
                int index = i;
                if (drafts.stream().anyMatch(o -> o != d && o.type == EventType.PROTEST
                        && o.evidence.stream().anyMatch(e -> e.sentenceIndex() == index))) {
                    break;
                }
                Optional<AcledSubEvent> met = AcledCoder.protestMet(sentences.get(i).text());
                if (met.isPresent() && (met.get() == AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS || d.subEvent == AcledSubEvent.PEACEFUL_PROTEST)) {
                    d.subEvent = met.get();
                }
                if (met.isPresent()) {
                    d.addSides(Set.of(), intervening(sentences.get(i), mentions, d, article, genericActors), Set.of());
                }
            }
        }
    }

    private List<PhraseLexicon.Match<Trigger>> triggersOutsideNames(AnnotatedSentence s, MentionIndex mentions,
                                                                    PhraseLexicon<Trigger> triggers) {
        List<PhraseLexicon.Match<Trigger>> out = new ArrayList<>();
        int label = labelEnd(s);
        for (PhraseLexicon.Match<Trigger> m : triggers.find(s)) {
            if (m.tokenBegin() < label || m.label().verb() && !actsAsVerb(s, m.tokenBegin())
                    || !m.label().before().isEmpty() && !wordNear(s, m.tokenBegin() - 1, -1, m.label().before())
                    || !m.label().after().isEmpty() && !wordNear(s, m.tokenEnd(), 1, m.label().after())) {
                continue;
            }
            boolean inName = mentions.all(s.index()).stream()
                .anyMatch(a -> m.tokenBegin() < a.tokenEnd() && a.tokenBegin() < m.tokenEnd());
            if (!inName) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * At most one incident and one organisational event per sentence, or per part of a sentence that sets two
     * acts side by side (", while", ", whereas": "rebels shelled the base, while jets struck the town"). Among
     * incidents, a trigger in a subordinate clause ("after they detained") yields to one in the main clause, a
     * weak trigger ("killed") to any other, and then the most specific type (lowest rank) wins, the earliest on a tie.
     */
    private static List<PhraseLexicon.Match<Trigger>> chosen(AnnotatedSentence s, List<PhraseLexicon.Match<Trigger>> found) {
        List<PhraseLexicon.Match<Trigger>> out = new ArrayList<>();
        for (EventType.Kind kind : EventType.Kind.values()) {
            List<PhraseLexicon.Match<Trigger>> ofKind = found.stream().filter(m -> m.label().type().kind() == kind).toList();
            int parts = kind == EventType.Kind.INCIDENT ? contrastPart(s, s.tokens().size()) + 1 : 1;
            for (int part = 0; part < parts; part++) {
                int p = part;
                List<PhraseLexicon.Match<Trigger>> pool = parts == 1 ? ofKind
                    : ofKind.stream().filter(m -> contrastPart(s, m.tokenBegin()) == p).toList();
                List<PhraseLexicon.Match<Trigger>> main = pool.stream().filter(m -> !subordinate(s, m.tokenBegin())).toList();
                pool = main.isEmpty() ? pool : main;
                List<PhraseLexicon.Match<Trigger>> unsequenced = pool.stream().filter(m -> !sequenced(s, m.tokenBegin())).toList();
                pool = unsequenced.stream().anyMatch(m -> !m.label().weak()) ? unsequenced : pool;
                List<PhraseLexicon.Match<Trigger>> strong = pool.stream().filter(m -> !m.label().weak()).toList();
                pool = strong.isEmpty() ? pool : strong;
                pool.stream()
                    .min(Comparator.comparingInt((PhraseLexicon.Match<Trigger> m) -> m.label().type().rank())
                        .thenComparingInt(PhraseLexicon.Match::tokenBegin))
                    .ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt((PhraseLexicon.Match<Trigger> m) -> m.label().type().kind().ordinal()).reversed());
        return out;
    }

    /** Words that, after a comma, set a second main clause beside the first rather than subordinate it. */
    private static final Set<String> CONTRASTS = EventWords.list("contrasts");

    /** Which part of the sentence token {@code index} is in, counting the ", while" and ", whereas" before it. */
    private static int contrastPart(AnnotatedSentence s, int index) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int part = 0;
        for (int i = 1; i < Math.min(index, t.size()); i++) {
            if (t.get(i - 1).word().equals(",") && CONTRASTS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                part++;
            }
        }
        return part;
    }

    /**
     * A trigger after "after", "while", "following"… with no comma between is in a subordinate clause. A
     * noun right after such a preposition ("killed during clashes", "following an attack by X") names
     * the incident itself, not another one.
     */
    private static boolean subordinate(AnnotatedSentence s, int tokenBegin) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = tokenBegin - 1; i >= 0; i--) {
            String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (CONTRASTS.contains(w) && i > 0 && t.get(i - 1).word().equals(",")) {
                return false;   // ", while jets struck the town": a second main clause, not a subordinate one
            }
            if (SUBORDINATORS.contains(w) && !(w.equals("as") && i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase("well"))) {
                boolean nominal = t.get(tokenBegin).pos().startsWith("NN") && tokenBegin - i <= 3
                    && t.subList(i + 1, tokenBegin).stream().noneMatch(x -> x.pos().startsWith("VB"));
                return !nominal;
            }
        }
        return false;
    }

    /**
     * A noun trigger right after "after", "following", "before"… ("clashed with the army after the arrest of
     * its leader"): the happening before or after the one the sentence reports, which yields to any strong trigger.
     * A weak one ("two were killed following a grenade attack") tells the outcome of the happening the noun names.
     */
    private static boolean sequenced(AnnotatedSentence s, int tokenBegin) {
        List<org.orbat.nlp.Token> t = s.tokens();
        if (!t.get(tokenBegin).pos().startsWith("NN")) {
            return false;
        }
        for (int i = tokenBegin - 1; i >= Math.max(0, tokenBegin - 3); i--) {
            String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (SEQUENCERS.contains(w)) {
                return true;
            }
            if (t.get(i).pos().startsWith("VB") || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The army occupied the hill", "has occupied", "was occupied by": the token is a finite verb, or a participle
     * or bare verb right after an auxiliary; not the adjective of "the occupied hills" or "Israeli-occupied".
     */
    private static boolean actsAsVerb(AnnotatedSentence s, int token) {
        List<org.orbat.nlp.Token> t = s.tokens();
        String pos = t.get(token).pos();
        if (t.get(token).word().indexOf('-') > 0) {
            return false;
        }
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        if (!pos.startsWith("VB")) {
            return false;
        }
        for (int i = token - 1; i >= Math.max(0, token - 2); i--) {
            if (AUXILIARIES.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How far a trigger's required word may stand from it: past an article, an adjective and a name. */
    private static final int NEAR = 4;

    /**
     * Whether one of {@code words} stands within {@link #NEAR} tokens of {@code from}, walking in direction
     * {@code step}, before any punctuation ends the phrase: "identified as a gang stronghold", "set up a new
     * army post".
     */
    private static boolean wordNear(AnnotatedSentence s, int from, int step, Set<String> words) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = from, n = 0; i >= 0 && i < t.size() && n < NEAR; i += step, n++) {
            String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (words.contains(w)) {
                return true;
            }
            if (t.get(i).pos().matches("[.,:;()\\-]+|-LRB-|-RRB-")) {
                return false;
            }
        }
        return false;
    }

    /** "Interception: On 4 May, …": a label before a colon opening the sentence heads it, it states nothing. */
    private static int labelEnd(AnnotatedSentence s) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = 0; i < Math.min(5, t.size()); i++) {
            if (t.get(i).word().equals(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What people do when they gather in public: a weak protest trigger states a demonstration only beside one. */
    private static final Set<String> GATHERINGS = EventWords.list("gathering-words");

    /** The event a trigger states, or {@code null} when it states none (a demand with no gathering). */
    private EventDraft draft(AnnotatedSentence s, PhraseLexicon.Match<Trigger> trigger, List<PhraseLexicon.Match<Trigger>> found,
                             Optional<Party> anaphor, MentionIndex mentions, DateValue published, FactDates.Span inherited, String articleCountry,
                             Map<String, Actor> genericActors) {
        EventType type = trigger.label().type();
        // The most specific place the sentence names comes first: ACLED places an event at the village, not
        // the governorate, when the report names both.
        List<Place> places = mentions.places(s.index()).stream().filter(p -> !mentions.insideActor(p))
            .sorted(PlaceMention.MOST_SPECIFIC_FIRST).map(PlaceMention::place).collect(java.util.stream.Collectors.toList());
        String country = places.stream().map(Place::country).filter(java.util.Objects::nonNull).findFirst().orElse(articleCountry);
        List<Party> parties = new ArrayList<>();
        for (ActorMention m : mentions.parties(s.index())) {
            ActorKind kind = mentions.kind(m.actorId());
            if (kind != ActorKind.PERSON && !isSponsor(s, m) && !MentionIndex.qualifiesOrganisationNoun(s, m) && !namesItsArea(s, m)
                    && !(kind == ActorKind.STATE && (locative(s, m.tokenBegin()) || afterPlace(s, mentions, m.tokenBegin())))) {
                parties.add(new Party(m.actorId(), m.tokenBegin(), m.tokenEnd(), kind));
            }
        }
        anaphor.ifPresent(parties::add);
        nationalActor(s, trigger, mentions).ifPresent(parties::add);
        for (int i = 0; i < s.tokens().size(); i++) {
            int at = i;
            // "the PDF attacked" in a report from Myanmar; not inside a name the registry found ("PDF fighters")
            Optional<Actor> group = abbreviations.in(s.tokens().get(i).word(), country)
                .filter(a -> mentions.all(s.index()).stream().noneMatch(m -> m.tokenBegin() <= at && at < m.tokenEnd()));
            group.ifPresent(a -> {
                genericActors.putIfAbsent(a.id(), a);
                parties.add(new Party(a.id(), at, at + 1, a.kind()));
            });
        }
        FactDates.Span when = s.times().isEmpty() && inherited != null ? inherited : dates.at(s, trigger.tokenBegin(), published);
        // The day decides which forces stood for a state then (Afghanistan's before and after August 2021).
        java.time.LocalDate day = when.start() != null ? when.start().date() : published != null ? published.date() : null;
        if (country != null && day != null) {
            countryForces(s, mentions, parties, country, day, genericActors);
        }
        for (ActorMention m : mentions.all(s.index())) {
            if (mentions.kind(m.actorId()) == ActorKind.PERSON) {
                followers.of(s, m, day).ifPresent(led -> {
                    genericActors.putIfAbsent(led.actor().id(), led.actor());
                    parties.add(new Party(led.actor().id(), m.tokenBegin(), led.tokenEnd(), led.actor().kind()));
                });
            }
        }
        for (GenericActors.Mention g : generic.find(s)) {
            if (overlapsName(g, s, mentions) || g.role().armed() && qualified(s, g, parties)
                    || partOfName(s, g)) {
                continue;
            }
            Actor a = genericActor(s, g, mentions, type, country);
            genericActors.putIfAbsent(a.id(), a);
            parties.add(new Party(a.id(), g.tokenBegin(), g.tokenEnd(), a.kind()));
        }
        parties.sort(Comparator.comparingInt(Party::tokenBegin));
        PhraseLexicon.Match<Trigger> anchor = anchor(s, trigger, found);
        List<Party> one = new ArrayList<>();
        List<Party> two = new ArrayList<>();
        readSides(s, anchor, parties, one, two);
        if (type == EventType.PROTEST && trigger.label().weak() && s.tokens().stream()
                .noneMatch(t -> GATHERINGS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
            // "The group is demanding that its fighters be freed": a demand with no gathering of people is no
            // demonstration, which the codebook defines as an in-person public gathering
            return null;
        }
        if (discovery(s, anchor)) {
            // "Police found the body of a man": who found the dead did not kill them; only an agent ("killed by X") did.
            one.removeIf(p -> !agentOfPassive(s, p));
        }
        // Unarmed people read as fighting may be a riot: the coder decides before civilians are made targets.
        boolean riotCandidate = anchor.label().type() == EventType.BATTLE && !one.isEmpty() && !two.isEmpty()
            && one.stream().allMatch(p -> p.kind() == ActorKind.CIVILIAN || p.kind() == ActorKind.CROWD)
            && activeOrBetween(s, anchor);
        if (anchor.label().type() == EventType.BATTLE && !one.isEmpty() && two.isEmpty() && AcledCoder.reciprocal(s.text(), endOf(s, anchor))
                && parties.stream().allMatch(p -> p.kind() == ActorKind.CIVILIAN || p.kind() == ActorKind.CROWD)) {
            // "Murle and Anyuak youths clashed", "clashes erupted between residents": unorganised people
            // fighting among themselves, each side as the codebook names it (rioters against rioters).
            two.addAll(one);
            riotCandidate = true;
        }
        boolean crowdHarm = crowdHarm(s, anchor, one);
        if (type == EventType.PROTEST || type == EventType.RIOT) {
            crowdSides(type, parties, one, two, country, genericActors);
        } else if (!riotCandidate && !crowdHarm) {
            asCodebookSides(s, parties, one, two);
        }
        if (type.fighting()) {
            coordinatedFighters(s, anchor, one, two);
        }
        boolean mutual = false;
        if (type.fighting() || type == EventType.RIOT) {
            SideReader.Sides both = sideReader.reciprocal(s, new SideReader.Sides(one, two));
            // the same actor named on both sides ("clashes between two Taliban groups"): a fight within it
            mutual = !both.side1().isEmpty() && ids(both.side1()).equals(ids(both.side2()));
            one.clear();
            one.addAll(both.side1());
            two.clear();
            two.addAll(both.side2());
        }
        int endChar = endOf(s, trigger);
        AcledCoder.Coding coding = crowdHarm ? AcledCoder.crowdHarm(anchor.label().type())
            : coder.code(trigger.label(), s.text(), one.stream().map(Party::kind).toList(),
                two.stream().map(Party::kind).toList(), endChar, parties.stream().map(Party::kind).toList());
        if (coding.type() == EventType.RIOT && type != EventType.RIOT) {
            // Fighting between unorganised people: whoever the report calls them, they are rioters; those a crowd
            // harmed with a one-sided act ("assaulted passers-by") stay its victims.
            one.replaceAll(p -> p.kind() == ActorKind.CIVILIAN || p.kind() == ActorKind.CROWD ? crowd(p, EventType.RIOT, country, genericActors) : p);
            if (!crowdHarm && AcledCoder.reciprocal(s.text(), endOf(s, anchor))) {
                two.replaceAll(p -> p.kind() == ActorKind.CIVILIAN ? crowd(p, EventType.RIOT, country, genericActors) : p);
            }
        } else if (riotCandidate) {
            asCodebookSides(s, parties, one, two);
        }
        if (coding.type() == EventType.BATTLE && type != EventType.BATTLE) {
            // Filed as fighting after all (an exchange of shelling): who fought whom is read at the fighting word.
            found.stream().filter(m -> m.label().type() == EventType.BATTLE).findFirst().ifPresent(m -> {
                readSides(s, m, parties, one, two);
                asCodebookSides(s, parties, one, two);
            });
        }
        if (coding.type() == EventType.AGREEMENT && country != null && day != null
                && Surrenders.surrender(s, trigger.tokenBegin(), trigger.tokenEnd())) {
            surrenderedTo(s, trigger.tokenEnd(), parties, one, two, country, day, genericActors);
        }
        if (coding.type() == EventType.AGREEMENT && two.isEmpty() && one.size() > 1) {
            // "The governments of Kenya and Uganda signed an accord": an agreement is between the parties its
            // coordinated subject names, the first on one side and the rest on the other, as the codebook codes it
            two.addAll(one.subList(1, one.size()));
            one.subList(1, one.size()).clear();
        }
        if (coding.type() == EventType.DISRUPTED_WEAPONS && two.isEmpty() && country != null && day != null) {
            two.add(weaponOwner(s, trigger.tokenEnd(), country, day, genericActors));
        }
        if (coding.type() == EventType.REMOTE_VIOLENCE && two.isEmpty() && hitsCivilianObject(s, trigger.tokenEnd())) {
            // "fired a shell at a hospital": a strike on civilian property with no armed target hits civilians
            two.add(genericParty(GenericActors.Role.CIVILIAN, coding.type(), country, genericActors));
        }
        if (coding.type().fighting() && two.isEmpty()) {
            List<Integer> fightEnds = found.stream().filter(m -> m.label().type() == EventType.BATTLE).map(PhraseLexicon.Match::tokenEnd).toList();
            two.addAll(sideReader.opponents(s, fightEnds, parties, one));
        }
        if (coding.type().fighting()) {
            otherSideFromSentence(one, two, parties);
        }
        EventDraft d = new EventDraft(coding.type(), s.index());
        d.subEvent = coding.subEvent();
        if (d.subEvent == AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY && country != null && one.stream()
                .anyMatch(p -> forces.foreign(forcesOf(p, coding, day, genericActors), country))) {
            // A foreign state's forces taking a place overtake it; only a state's own forces regain it.
            d.subEvent = AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        if (d.subEvent == AcledSubEvent.ARRESTS && country != null && one.stream()
                .anyMatch(p -> forces.foreign(forcesOf(p, coding, day, genericActors), country))) {
            // A foreign force detaining people does so outside the country's judicial process: an abduction.
            d.subEvent = AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE;
        }
        d.country = country;
        // "The body of a QSD member was found", "two soldiers were shot dead": an armed party hit by no one
        // named fought an unidentified armed group, as the codebook codes it.
        boolean armedTarget = coding.type() == EventType.BATTLE && two.stream().anyMatch(p -> p.kind().isArmed() && !p.kind().isGeneric());
        if (one.isEmpty() && (unattributed(coding) || armedTarget)) {
            one.add(genericParty(GenericActors.Role.UNIDENTIFIED, coding.type(), country, genericActors));
        }
        Set<String> side1 = new java.util.LinkedHashSet<>();
        Set<String> side2 = new java.util.LinkedHashSet<>();
        Set<String> others = new java.util.LinkedHashSet<>();
        one.forEach(p -> side1.add(forcesOf(p, coding, day, genericActors)));
        two.forEach(p -> side2.add(forcesOf(p, coding, day, genericActors)));
        if (!mutual) {
            // one actor on both sides only when the report says it fought itself, or two crowds named alike
            side2.removeIf(id -> side1.contains(id) && two.stream().noneMatch(p -> p.actorId().equals(id) && p.kind().isGeneric()));
        }
        // Violence, abductions, looting and destruction whose sentence names no target hit civilians and their
        // property (the codebook's default target for these types).
        if ((coding.type() == EventType.VIOLENCE_AGAINST_CIVILIANS || coding.type() == EventType.ARREST_ABDUCTION
                || coding.type() == EventType.LOOTING) && side2.isEmpty()) {
            Party civilians = genericParty(GenericActors.Role.CIVILIAN, coding.type(), country, genericActors);
            two.add(civilians);
            side2.add(civilians.actorId());
        }
        parties.forEach(p -> others.add(forcesOf(p, coding, day, genericActors)));
        d.addSides(side1, side2, others);
        for (List<Party> list : List.of(one, two, parties)) {
            list.stream().filter(p -> p.kind().isGeneric()).forEach(p -> d.generic.add(p.actorId()));
        }
        places.forEach(d::addPlace);
        d.date = when.start();
        d.dateEnd = when.end();
        d.dateFromText = when.fromText();
        return d;
    }

    /**
     * The sides as the sentence's grammar gives them, then the codebook's constraints: civilians are
     * never the initiators of political violence, so a civilian read as acting ("a man's body was found,
     * killed by gunmen") is the target; when nobody armed is read as acting, the agent of a passive
     * elsewhere in the sentence ("planted by", "killed by") is; victims named anywhere in the sentence
     * are the target when the grammar gave none.
     */
    private void readSides(AnnotatedSentence s, PhraseLexicon.Match<Trigger> anchor, List<Party> parties,
                           List<Party> one, List<Party> two) {
        SideReader.Sides sides = sideReader.read(s, anchor.tokenBegin(), anchor.tokenEnd(), parties);
        one.clear();
        two.clear();
        one.addAll(sides.side1());
        two.addAll(sides.side2());
    }

    private void asCodebookSides(AnnotatedSentence s, List<Party> parties, List<Party> one, List<Party> two) {
        for (java.util.Iterator<Party> it = one.iterator(); it.hasNext();) {
            Party p = it.next();
            if (p.kind() == ActorKind.CIVILIAN) {
                it.remove();
                two.add(0, p);
            }
        }
        if (one.stream().noneMatch(p -> p.kind().isArmed())) {
            for (Party p : parties) {
                if (p.kind() != ActorKind.CIVILIAN && agentOfPassive(s, p) && !one.contains(p)) {
                    two.remove(p);
                    one.add(p);
                }
            }
        }
        if (two.isEmpty()) {
            parties.stream().filter(p -> p.kind() == ActorKind.CIVILIAN && !one.contains(p)).findFirst().ifPresent(two::add);
        }
        if (two.isEmpty() && !one.isEmpty()) {
            // "Two soldiers were killed following an attack by X": whoever the passive says suffered is the target.
            parties.stream().filter(p -> !one.contains(p) && p.kind() != ActorKind.UNIDENTIFIED && SideReader.subjectOfPassive(s, p))
                .forEach(two::add);
        }
    }

    /**
     * "Military forces and FARC dissidents clashed in the area, leaving two people injured": a mutual
     * fighting word with no "with" or "against" after it makes its coordinated subject both sides, the
     * first against the rest; the unarmed people the rest of the clause names only suffered it.
     */
    private static void coordinatedFighters(AnnotatedSentence s, PhraseLexicon.Match<Trigger> anchor, List<Party> one, List<Party> two) {
        List<Party> armed = one.stream().filter(p -> p.kind().isArmed()).toList();
        List<org.orbat.nlp.Token> t = s.tokens();
        boolean object = anchor.tokenEnd() < t.size()
            && FIGHT_OBJECTS.contains(t.get(anchor.tokenEnd()).word().toLowerCase(java.util.Locale.ROOT));
        if (armed.size() < 2 || object || !AcledCoder.reciprocal(s.text(), endOf(s, anchor))
                || two.stream().anyMatch(p -> p.kind() != ActorKind.CIVILIAN && p.kind() != ActorKind.CROWD)) {
            return;
        }
        one.clear();
        one.add(armed.get(0));
        two.clear();
        two.addAll(armed.subList(1, armed.size()));
    }

    /**
     * A fight or capture with one side read and the other not ("X took control of the villages after Houthi
     * forces left", "Ukrainian forces regained it as the result of a clash with Russian forces"): the armed
     * parties the sentence names on neither side are the other one, since the codebook codes a battle or a
     * change of control between two armed sides. Civilians and crowds stay where they are.
     */
    private static void otherSideFromSentence(List<Party> one, List<Party> two, List<Party> parties) {
        if (one.isEmpty() == two.isEmpty()) {
            return;
        }
        Set<String> placed = ids(one);
        placed.addAll(ids(two));
        List<Party> rest = parties.stream()
            .filter(p -> p.kind().isArmed() && !placed.contains(p.actorId())).toList();
        (one.isEmpty() ? one : two).addAll(rest);
    }

    private static Set<String> ids(List<Party> parties) {
        Set<String> out = new java.util.HashSet<>();
        parties.forEach(p -> out.add(p.actorId()));
        return out;
    }

    /** A trigger that reports the dead being found ("the body of", "bodies were found"), not the killing. */
    private static boolean discovery(AnnotatedSentence s, PhraseLexicon.Match<Trigger> anchor) {
        for (int i = anchor.tokenBegin(); i < anchor.tokenEnd(); i++) {
            String w = s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("body") || w.equals("bodies")) {
                return true;
            }
        }
        return false;
    }

    /** "… killed by unknown gunmen", "an IED planted by X": a party right after "by" that follows a participle. */
    private static boolean agentOfPassive(AnnotatedSentence s, Party p) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int by = p.tokenBegin() - 1;
        while (by > 0 && (t.get(by).pos().equals("DT") || t.get(by).pos().equals("JJ") || t.get(by).pos().equals("CD"))) {
            by--;
        }
        return by > 0 && t.get(by).word().equalsIgnoreCase("by") && t.get(by - 1).pos().equals("VBN");
    }

    /**
     * Where the sentence's act is stated: the earliest main-clause trigger that is not weak. ACLED's notes
     * and news leads name the act first and its means later ("X attacked Y's position with a drone").
     */
    private static PhraseLexicon.Match<Trigger> anchor(AnnotatedSentence s, PhraseLexicon.Match<Trigger> chosen,
                                                        List<PhraseLexicon.Match<Trigger>> found) {
        if (chosen.label().type().kind() != EventType.Kind.INCIDENT || chosen.label().type() == EventType.PROTEST
                || chosen.label().type() == EventType.RIOT) {
            return chosen;
        }
        int fronted = frontedEnd(s);
        boolean[] aside = SideReader.asides(s.tokens());
        return found.stream()
            .filter(m -> m.label().type().kind() == EventType.Kind.INCIDENT && !m.label().weak() && !subordinate(s, m.tokenBegin()))
            .filter(m -> !aside[m.tokenBegin()] && (m.tokenBegin() >= fronted || chosen.tokenBegin() < fronted))
            .filter(m -> m.label().type().tolled())
            .min(Comparator.comparingInt(PhraseLexicon.Match::tokenBegin))
            .filter(m -> m.tokenBegin() < chosen.tokenBegin())
            .orElse(chosen);
    }

    /**
     * Where an adverbial that opens the sentence ends ("Following clashes with X, Y took the town"):
     * the token after its comma, or 0 when the sentence opens with its main clause. A dateline-like
     * opening ("On 5 May 2023,") is passed over.
     */
    private static int frontedEnd(AnnotatedSentence s) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int i = labelEnd(s);
        if (i < t.size() && t.get(i).word().equalsIgnoreCase("on")) {
            int comma = i;
            while (comma < t.size() && comma < i + 6 && !t.get(comma).word().equals(",")) {
                comma++;
            }
            i = comma < t.size() && t.get(comma).word().equals(",") ? comma + 1 : i;
        }
        if (i >= t.size() || !SUBORDINATORS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).word().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Where the trigger ends in the sentence's text. */
    private static int endOf(AnnotatedSentence s, PhraseLexicon.Match<Trigger> m) {
        return s.tokens().get(m.tokenEnd() - 1).end() - s.begin();
    }

    /** Nouns that make unorganised people a crowd rather than one or two persons: "residents", "a group of people". */
    private static final Set<String> CROWD_HEADS = EventWords.list("crowd-heads");

    /**
     * "Several residents beat up a police officer", "a group of people burned a bus": a crowd, the active subject
     * of a one-sided act of violence or destruction, riots (the codebook's mob violence or violent demonstration);
     * the codebook's organised armed actor is missing, so it is no violence against civilians or property destruction.
     */
    private static boolean crowdHarm(AnnotatedSentence s, PhraseLexicon.Match<Trigger> anchor, List<Party> one) {
        EventType t = anchor.label().type();
        boolean harm = t == EventType.LOOTING
            || t == EventType.VIOLENCE_AGAINST_CIVILIANS && anchor.label().subEvent() != AcledSubEvent.SEXUAL_VIOLENCE;
        return harm && !one.isEmpty() && activeOrBetween(s, anchor)
            && one.stream().allMatch(p -> (p.kind() == ActorKind.CIVILIAN || p.kind() == ActorKind.CROWD) && crowd(s, p));
    }

    /** Whether a crowd noun heads the party's words or the "a group of" before them. */
    private static boolean crowd(AnnotatedSentence s, Party p) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = Math.max(0, p.tokenBegin() - 3); i < Math.min(t.size(), p.tokenEnd()); i++) {
            if (CROWD_HEADS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Residents clashed with…", "clashes between X and Y": the parties fight, they are not its passive victims. */
    private static boolean activeOrBetween(AnnotatedSentence s, PhraseLexicon.Match<Trigger> anchor) {
        List<org.orbat.nlp.Token> t = s.tokens();
        String pos = t.get(anchor.tokenEnd() - 1).pos();
        boolean between = anchor.tokenEnd() + 3 > t.size() ? false
            : t.subList(anchor.tokenEnd(), Math.min(t.size(), anchor.tokenEnd() + 4)).stream().anyMatch(x -> x.word().equalsIgnoreCase("between"));
        return pos.equals("VBD") || pos.equals("VBP") || pos.equals("VBZ") || between || activeParticiple(t, anchor.tokenEnd() - 1);
    }

    /**
     * "A group of students hijacked buses and assaulted passers-by", "residents tortured and killed him": a verb the
     * tagger read as a participle with no "be" or "get" before it in its clause and no "by" after it is active.
     */
    private static boolean activeParticiple(List<org.orbat.nlp.Token> t, int i) {
        if (!t.get(i).pos().equals("VBN") || i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = t.get(j).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (PASSIVE_AUXILIARIES.contains(w)) {
                return false;
            }
        }
        return i > 0;
    }

    /**
     * The state forces a sentence telling how a protest was met names ("Police intervened", "Riot police and
     * soldiers fired tear gas"): by name, or by a generic word read as the forces of the protest's country.
     */
    private Set<String> intervening(AnnotatedSentence s, MentionIndex mentions, EventDraft d, AnnotatedArticle article,
                                    Map<String, Actor> genericActors) {
        List<Party> found = new ArrayList<>();
        for (ActorMention m : mentions.parties(s.index())) {
            ActorKind kind = mentions.kind(m.actorId());
            if (kind == ActorKind.STATE_FORCE) {
                found.add(new Party(m.actorId(), m.tokenBegin(), m.tokenEnd(), kind));
            }
        }
        DateValue day = d.date != null ? d.date : article.article().published();
        if (d.country != null && day != null) {
            countryForces(s, mentions, found, d.country, day.date(), genericActors);
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        found.stream().filter(p -> p.kind() == ActorKind.STATE_FORCE).forEach(p -> out.add(p.actorId()));
        out.removeAll(d.side1);
        return out;
    }

    /**
     * The forces of the event's country, for the generic words a report uses when the state goes without
     * saying ("the military shelled", "police arrested"), after the ACLED codebook's state forces. A word
     * qualified by a nationality or a name ("Russian warplanes", "Houthi troops") is someone else's, and
     * the Syrian army's names ("regime forces") outside Syria are the forces of the country it happened in.
     */
    private void countryForces(AnnotatedSentence s, MentionIndex mentions, List<Party> parties, String country,
                               java.time.LocalDate day, Map<String, Actor> extraActors) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (PhraseLexicon.Match<String> m : genericForces.find(s)) {
            boolean named = mentions.all(s.index()).stream().anyMatch(a -> m.tokenBegin() < a.tokenEnd() + 1 && a.tokenBegin() < m.tokenEnd());
            boolean qualified = false;
            for (int i = Math.max(0, m.tokenBegin() - 2); i < m.tokenBegin(); i++) {
                String pos = t.get(i).pos();
                int at = i;
                // "Kirkuk police", "Oaxaca police officers": a place before the word says where the forces serve, not whose they are
                boolean place = mentions.places(s.index()).stream().anyMatch(p -> p.tokenBegin() <= at && at < p.tokenEnd()
                    && (p.place().country() == null || p.place().country().equalsIgnoreCase(country)));
                if (!place && (pos.startsWith("NNP") || pos.equals("JJ") && Character.isUpperCase(t.get(i).word().charAt(0)))) {
                    qualified = true;
                }
            }
            // "an army base", "the police station", "a military academy": the word describes a place or thing,
            // unless that thing is what was attacked ("threw a grenade at a police station"): the codebook's
            // target is then the force that holds it.
            boolean modifier = m.tokenEnd() < t.size() && t.get(m.tokenEnd()).pos().startsWith("NN")
                && !(TARGETS.contains(t.get(m.tokenEnd()).word().toLowerCase(java.util.Locale.ROOT)) && attacked(t, m.tokenBegin()));
            // "Afghan commando forces", "Sudanese police units": a nationality right before the word names whose
            // forces they are, even when the registry holds no name for the phrase
            Optional<String> owner = qualified && m.tokenBegin() >= 1 && (m.tokenBegin() < 2 || !t.get(m.tokenBegin() - 2).pos().startsWith("NNP"))
                ? documentCountry.originOf(t, m.tokenBegin()) : Optional.empty();
            if (named || qualified && owner.isEmpty() || modifier) {
                continue;
            }
            String phrase = s.span(m.tokenBegin(), m.tokenEnd());
            forces.genericForce(phrase, owner.orElse(country), day).ifPresent(id -> {
                forces.actor(id).ifPresent(a -> extraActors.putIfAbsent(a.id(), a));
                parties.add(new Party(id, m.tokenBegin(), m.tokenEnd(), ActorKind.STATE_FORCE));
            });
        }
        coordinatedForces(s, parties, country, day, extraActors);
        if (!"SY".equalsIgnoreCase(country)) {
            Optional<String> syrian = forces.militaryOf("SY", day);
            Optional<String> local = forces.militaryOf(country, day);
            if (syrian.isPresent() && local.isPresent()) {
                parties.replaceAll(p -> p.actorId().equals(syrian.get()) && !s.span(p.tokenBegin(), p.tokenEnd()).contains("Syria")
                    ? new Party(local.get(), p.tokenBegin(), p.tokenEnd(), ActorKind.STATE_FORCE) : p);
                forces.actor(local.get()).ifPresent(a -> extraActors.putIfAbsent(a.id(), a));
            }
        }
    }

    /**
     * "Government and rebel forces battled": a modifier coordinated with another before one head noun
     * names forces of its own ("government forces"), which the phrase never spells out.
     */
    private void coordinatedForces(AnnotatedSentence s, List<Party> parties, String country, java.time.LocalDate day,
                                   Map<String, Actor> extraActors) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = 0; i + 3 < t.size(); i++) {
            int at = i;
            if (!t.get(i + 1).word().equals("and") || parties.stream().anyMatch(p -> p.tokenBegin() <= at && at < p.tokenEnd())) {
                continue;
            }
            for (int j = i + 3; j <= i + 4 && j < t.size(); j++) {
                String head = t.get(j).word().toLowerCase(java.util.Locale.ROOT);
                if (!FORCE_HEADS.contains(head)) {
                    continue;
                }
                String phrase = t.get(i).word().toLowerCase(java.util.Locale.ROOT) + " " + head;
                if (forces.isGenericForce(phrase)) {
                    forces.genericForce(phrase, country, day).ifPresent(id -> {
                        forces.actor(id).ifPresent(a -> extraActors.putIfAbsent(a.id(), a));
                        parties.add(new Party(id, at, at + 1, ActorKind.STATE_FORCE));
                    });
                }
                break;
            }
        }
    }

    /**
     * A surrender's two sides, as the ACLED codebook codes the agreement: those who gave up on side 1, the
     * authority they gave themselves up to on side 2 ({@link Surrenders}): a force the sentence names, else the
     * country's police for a police officer's title, its government for an official's.
     */
    private void surrenderedTo(AnnotatedSentence s, int verbEnd, List<Party> parties, List<Party> one, List<Party> two,
                               String country, java.time.LocalDate day, Map<String, Actor> extraActors) {
        Optional<Party> authority = Surrenders.authority(s, verbEnd, parties).flatMap(r -> switch (r.authority()) {
            case PARTY -> r.party();
            case POLICE -> forces.policeOf(country, day).map(id -> new Party(id, verbEnd, verbEnd + 1, ActorKind.STATE_FORCE));
            case GOVERNMENT -> governmentOf(country).map(id -> new Party(id, verbEnd, verbEnd + 1, ActorKind.STATE));
        });
        authority.ifPresent(a -> {
            resolver.actor(a.actorId()).ifPresent(x -> extraActors.putIfAbsent(x.id(), x));
            one.removeIf(p -> p.actorId().equals(a.actorId()));
            two.removeIf(p -> p.actorId().equals(a.actorId()));
            two.add(0, a);
        });
    }

    /** The state of the country with ISO code {@code iso2}, which the codebook names "Government of X" when it acts as one. */
    private Optional<String> governmentOf(String iso2) {
        return resolver.resolve(generic.countryName(iso2)).map(org.orbat.actors.Resolution::actor)
            .filter(a -> a.kind() == ActorKind.STATE).map(Actor::id);
    }

    /** Civilian buildings and property, which make a strike that hits them one on civilians. */
    private static final Set<String> CIVILIAN_OBJECTS = EventWords.list("civilian-objects");

    /** Whether a civilian building or property is named after the trigger ending at token {@code from}. */
    private static boolean hitsCivilianObject(AnnotatedSentence s, int from) {
        return s.tokens().subList(Math.min(from, s.tokens().size()), s.tokens().size()).stream()
            .anyMatch(x -> x.pos().startsWith("NN") && CIVILIAN_OBJECTS.contains(x.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** What is intercepted, shot down, defused or seized in a disrupted weapons use. */
    private static final Set<String> DISRUPTED_WEAPONS = EventWords.list("disrupted-weapons");

    /**
     * Whose weapon a disrupted weapons use stopped, the codebook's actor 2: the forces of the state a
     * nationality names right before the weapon after the verb ("shot down three Russian missiles": Russia's
     * military), else an unidentified armed group of the event's country ("defused two mines").
     */
    private Party weaponOwner(AnnotatedSentence s, int from, String country, java.time.LocalDate day,
                              Map<String, Actor> genericActors) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = from; i + 1 < t.size(); i++) {
            int at = i;
            // the weapon closes the noun phrase the nationality opens ("Ukrainian OTR-21 Tochka ballistic missiles")
            boolean weapon = false;
            for (int j = i + 1; j <= Math.min(i + 5, t.size() - 1); j++) {
                if (DISRUPTED_WEAPONS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                    weapon = true;
                    break;
                }
                if (!t.get(j).pos().matches("NN.*|JJ.*|CD|HYPH|:")) {
                    break;
                }
            }
            Optional<String> owner = weapon ? documentCountry.originOf(t, at + 1) : Optional.empty();
            Optional<String> military = owner.flatMap(iso -> forces.militaryOf(iso, day));
            if (military.isPresent()) {
                forces.actor(military.get()).ifPresent(a -> genericActors.putIfAbsent(a.id(), a));
                return new Party(military.get(), at, at + 1, ActorKind.STATE_FORCE);
            }
        }
        return genericParty(GenericActors.Role.UNIDENTIFIED, EventType.DISRUPTED_WEAPONS, country, genericActors);
    }

    /** What a force holds and an attack can hit: "a police station", "an army checkpoint". */
    private static final Set<String> TARGETS = union(EventWords.list("targets"), EventWords.list("attacked-means"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
    /** Words right before what an attack hits: "at", "on", "attacked", "stormed"… */
    private static final Set<String> ATTACK_WORDS = EventWords.list("attack-words");

    /** The words before {@code begin}, past articles, adjectives and numbers, end with a word of attack. */
    private static boolean attacked(List<org.orbat.nlp.Token> t, int begin) {
        int i = begin - 1;
        while (i >= 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD"))) {
            i--;
        }
        return i >= 0 && ATTACK_WORDS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** "in Syria", "across Iraq": a country in a locative phrase is where, not who. */
    private static boolean locative(AnnotatedSentence s, int tokenBegin) {
        int i = tokenBegin - 1;
        if (i >= 0 && s.tokens().get(i).pos().equals("DT")) {
            i--;
        }
        return i >= 0 && LOCATIVES.contains(s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT))
            && !speaksFor(s.tokens(), i);
    }

    /** Nouns whose "of" names the state they speak for ("the governments of Kenya and Uganda"). */
    private static final Set<String> GOVERNMENT_NOUNS = EventWords.list("government-nouns");

    /** Whether the preposition at {@code of} is an "of" after a government noun: the country after it is who acts. */
    private static boolean speaksFor(List<org.orbat.nlp.Token> t, int of) {
        return of >= 1 && t.get(of).word().equalsIgnoreCase("of")
            && GOVERNMENT_NOUNS.contains(t.get(of - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> AREA_NOUNS = EventWords.list("area-nouns");

    /** "From QSD areas to JWS-held territory": a group named for the ground it holds says where, not who acted. */
    private static boolean namesItsArea(AnnotatedSentence s, ActorMention m) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int i = m.tokenEnd();
        if (i < t.size() && t.get(i).word().matches("[-–]")) {
            i++;
        }
        return i < t.size() && AREA_NOUNS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** This class's words, kept as data: {@code lang/en/grammar/event-extractor.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/event-extractor.tsv");
    /** Auxiliaries and the infinitive marker, which make a participle or bare form after them a verb ("has occupied"). */
    private static final Set<String> AUXILIARIES = GRAMMAR.words("auxiliaries");
    /** Forms of "be" and "get", which make a participle after them passive ("were beaten", "got hurt"). */
    private static final Set<String> PASSIVE_AUXILIARIES = GRAMMAR.words("passive-auxiliaries");
    /** Prepositions that give a fight its other side as an object ("clashed with X", "fighting between X and Y"). */
    private static final Set<String> FIGHT_OBJECTS = GRAMMAR.words("fight-objects");
    /** Determiners by which a noun trigger refers to an incident already told ("the attack", "this assault"). */
    private static final Set<String> REFERRING_DETERMINERS = GRAMMAR.words("referring-determiners");
    /** "Juba county, South Sudan": the words that make a name a place. */
    private static final Set<String> PLACE_CLASS_NOUNS = GRAMMAR.words("place-class-nouns");

    /**
     * "Tripoli, Lebanon": a country named right after a place and a comma says where the place is. A
     * proper name the gazetteer lacks counts too ("Mafuta Island, Mozambique, on Sunday") when the
     * country closes the phrase; "Hezbollah, Iran and Russia" is a list of parties.
     */
    private static boolean afterPlace(AnnotatedSentence s, MentionIndex mentions, int tokenBegin) {
        int comma = tokenBegin - 1;
        if (comma <= 0 || !s.tokens().get(comma).word().equals(",")) {
            return false;
        }
        if (mentions.places(s.index()).stream().anyMatch(p -> p.tokenEnd() == comma)) {
            return true;
        }
        List<org.orbat.nlp.Token> t = s.tokens();
        int end = mentions.all(s.index()).stream().filter(m -> m.tokenBegin() == tokenBegin).mapToInt(ActorMention::tokenEnd)
            .findFirst().orElse(tokenBegin + 1);
        boolean closes = end >= t.size() || t.get(end).word().matches("[,.;:)]") || t.get(end).pos().equals("IN");
        boolean properBefore = (t.get(comma - 1).pos().startsWith("NNP") || PLACE_CLASS_NOUNS.contains(t.get(comma - 1).word().toLowerCase(java.util.Locale.ROOT)))
            && mentions.all(s.index()).stream().noneMatch(m -> m.tokenEnd() == comma);
        return closes && properBefore;
    }

    /** The party, or the armed force that acts for a state named as acting; the force's record joins the article's actors. */
    private String forcesOf(Party p, AcledCoder.Coding coding, java.time.LocalDate day, Map<String, Actor> extraActors) {
        if (!coding.type().tolled() || p.kind().isGeneric()) {
            return p.actorId();
        }
        // an air strike is the air arm's; shelling, a bomb or a grenade the ground forces'
        boolean fromTheAir = coding.subEvent() == org.orbat.model.AcledSubEvent.AIR_DRONE_STRIKE
            || coding.subEvent() == null && coding.type() == EventType.REMOTE_VIOLENCE;
        String id = day == null ? forces.forcesOf(p.actorId(), fromTheAir) : forces.forcesOf(p.actorId(), fromTheAir, day);
        if (!id.equals(p.actorId())) {
            forces.actor(id).ifPresent(a -> extraActors.putIfAbsent(a.id(), a));
        }
        return id;
    }

    /**
     * Who is acting when a report names nobody: ACLED codes a killing, an abduction, a bomb or a looting whose
     * perpetrator is not named as by an unidentified armed group.
     */
    private static boolean unattributed(AcledCoder.Coding c) {
        return c.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
            || c.subEvent() == org.orbat.model.AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE
            || c.subEvent() == org.orbat.model.AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED
            || c.subEvent() == org.orbat.model.AcledSubEvent.GRENADE
            || c.subEvent() == org.orbat.model.AcledSubEvent.SUICIDE_BOMB
            || c.subEvent() == org.orbat.model.AcledSubEvent.LOOTING_PROPERTY_DESTRUCTION;
    }

    /**
     * A protest's or riot's sides: the crowd (whatever the report calls the people there) and the
     * groups that called it on side 1, state forces that intervened on side 2. A protest always has
     * protesters, a riot rioters.
     */
    private void crowdSides(EventType type, List<Party> parties, List<Party> one, List<Party> two, String country,
                            Map<String, Actor> genericActors) {
        one.clear();
        two.clear();
        for (Party p : parties) {
            boolean state = p.kind() == ActorKind.STATE || p.kind() == ActorKind.STATE_FORCE || p.kind() == ActorKind.UNIDENTIFIED;
            if (state) {
                two.add(p);
            } else if (p.kind() == ActorKind.CIVILIAN && type == EventType.RIOT && one.stream().anyMatch(q -> q.kind() == ActorKind.CROWD)) {
                two.add(p);
            } else {
                one.add(p);
            }
        }
        if (one.stream().noneMatch(p -> p.kind() == ActorKind.CROWD)) {
            one.add(0, genericParty(type == EventType.RIOT ? GenericActors.Role.RIOTERS : GenericActors.Role.PROTESTERS,
                type, country, genericActors));
        } else {
            one.sort(Comparator.comparing((Party p) -> p.kind() != ActorKind.CROWD));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        one.removeIf(p -> !seen.add(p.actorId()));
        two.removeIf(p -> !seen.add(p.actorId()));
    }

    private Party crowd(Party civilian, EventType type, String country, Map<String, Actor> genericActors) {
        Actor a = generic.actor(GenericActors.Role.RIOTERS, type, country);
        genericActors.putIfAbsent(a.id(), a);
        return new Party(a.id(), civilian.tokenBegin(), civilian.tokenEnd(), a.kind());
    }

    private Party genericParty(GenericActors.Role role, EventType type, String country, Map<String, Actor> genericActors) {
        Actor a = generic.actor(role, type, country);
        genericActors.putIfAbsent(a.id(), a);
        return new Party(a.id(), -1, -1, a.kind());
    }

    private static boolean overlapsName(GenericActors.Mention g, AnnotatedSentence s, MentionIndex mentions) {
        boolean actor = mentions.all(s.index()).stream().anyMatch(a -> g.tokenBegin() < a.tokenEnd() && a.tokenBegin() < g.tokenEnd());
        boolean place = mentions.places(s.index()).stream().anyMatch(p -> g.tokenBegin() < p.tokenEnd() && p.tokenBegin() < g.tokenEnd());
        return actor || place;
    }

    /** "People's Defense Force", "Women's Union": a role phrase with a capitalised head inside a sentence, or a possessive, is part of a name. */
    private static boolean partOfName(AnnotatedSentence s, GenericActors.Mention g) {
        List<org.orbat.nlp.Token> t = s.tokens();
        // The head decides: "Tribal Forces" is a name, "Islamic militants" an adjective and a role.
        String head = t.get(g.tokenEnd() - 1).word();
        boolean capitalised = g.tokenBegin() > 0 && Character.isUpperCase(head.charAt(0))
            && !t.get(g.tokenBegin() - 1).word().equals(":");
        boolean possessive = g.tokenEnd() < t.size() && (t.get(g.tokenEnd()).word().equals("'s") || t.get(g.tokenEnd()).word().equals("'"))
            && g.tokenEnd() + 1 < t.size() && Character.isUpperCase(t.get(g.tokenEnd() + 1).word().charAt(0));
        return capitalised || possessive;
    }

    /**
     * The actor a generic phrase stands for: a militia named by its community ("Murle militia") or its
     * patron ("pro-Iran militias") under that name, else the role's actor in the event's country.
     */
    private Actor genericActor(AnnotatedSentence s, GenericActors.Mention g, MentionIndex mentions, EventType type, String country) {
        if (g.role() == GenericActors.Role.UNIDENTIFIED || g.role() == GenericActors.Role.COMMUNAL) {
            Optional<String> community = community(s, g, mentions);
            if (community.isPresent()) {
                return generic.communal(community.get(), country);
            }
        }
        boolean militia = s.tokens().get(g.tokenEnd() - 1).word().toLowerCase(java.util.Locale.ROOT).startsWith("militia");
        if (g.role() == GenericActors.Role.UNIDENTIFIED && militia) {
            Optional<String> patron = patrons.patron(s.tokens(), g.tokenBegin());
            if (patron.isPresent()) {
                return generic.militia(patron.get());
            }
        }
        if (type == EventType.RIOT && g.role() == GenericActors.Role.CIVILIAN && mobVictim(s.tokens(), g.tokenBegin())) {
            // "rioters beat up a man": whom a mob harms is a civilian, the codebook's actor 2 of mob violence
            return generic.actor(g.role(), EventType.VIOLENCE_AGAINST_CIVILIANS, country);
        }
        if (g.role() == GenericActors.Role.UNIDENTIFIED) {
            // "Ethiopian raiders crossed into": the codebook names an unidentified group by where it comes from
            Optional<String> origin = documentCountry.originOf(s.tokens(), g.tokenBegin());
            if (origin.isPresent()) {
                return generic.actor(g.role(), type, origin.get());
            }
        }
        return generic.actor(g.role(), type, country);
    }

    /** Verbs whose object a mob harms ("beat up a man", "lynched two suspects"). */
    private static final Set<String> MOB_VICTIM_VERBS = EventWords.list("mob-victim-verbs");

    /** Whether the phrase at {@code begin} is the object of a verb of harm, past articles, numbers, adjectives and a particle. */
    private static boolean mobVictim(List<org.orbat.nlp.Token> t, int begin) {
        int i = begin - 1;
        while (i >= 0 && (t.get(i).pos().matches("DT|CD|JJ.*|RP|PRP\\$"))) {
            i--;
        }
        return i >= 0 && t.get(i).pos().startsWith("VB") && MOB_VICTIM_VERBS.contains(t.get(i).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Murle militia", "armed Kuchi militants": a single proper noun right before an armed role word, that
     * names no actor, place or state, is the community the militia fights for (ACLED's identity militia).
     */
    private Optional<String> community(AnnotatedSentence s, GenericActors.Mention g, MentionIndex mentions) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int i = g.tokenBegin() - 1;
        if (i < 1 || !t.get(i).pos().startsWith("NNP") || t.get(i - 1).pos().startsWith("NNP")
                || !Character.isUpperCase(t.get(i).word().charAt(0)) || t.get(i).word().length() < 3) {
            return communityAfter(s, g, mentions);
        }
        return communityWord(s, i, mentions);
    }

    /** A single proper noun that names no actor, place, state or acronym: a community's name. */
    private Optional<String> communityWord(AnnotatedSentence s, int i, MentionIndex mentions) {
        List<org.orbat.nlp.Token> t = s.tokens();
        boolean named = mentions.all(s.index()).stream().anyMatch(m -> m.tokenBegin() <= i && i < m.tokenEnd())
            || mentions.places(s.index()).stream().anyMatch(p -> p.tokenBegin() <= i && i < p.tokenEnd());
        String word = t.get(i).word();
        return named || word.length() < 3 || demonyms.country(word).isPresent() || word.equals(word.toUpperCase(java.util.Locale.ROOT))
            ? Optional.empty() : Optional.of(word);
    }

    /** Hedges between armed men and where they are said to come from: "gunmen (alleged to be) from". */
    private static final Set<String> ORIGIN_HEDGES = Set.of("alleged", "allegedly", "said", "believed", "suspected", "thought",
        "reported", "reportedly", "to", "be", "who", "were", "are", "all", "apparently");
    /** The nouns that make a proper noun before them a community: "the Toposa community", "the Garre clan". */
    private static final Set<String> COMMUNITY_NOUNS = Set.of("community", "communities", "tribe", "clan", "clans", "tribes");

    /**
     * "gunmen alleged to be from the Murle community", "raiders from the Garre clan": armed men a report
     * places in a community by a phrase after the role word belong to that community's militia.
     */
    private Optional<String> communityAfter(AnnotatedSentence s, GenericActors.Mention g, MentionIndex mentions) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int i = g.tokenEnd();
        int hedges = 0;
        while (i < t.size() && hedges < 4 && ORIGIN_HEDGES.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            i++;
            hedges++;
        }
        if (i + 2 >= t.size() || !t.get(i).word().equalsIgnoreCase("from")) {
            return Optional.empty();
        }
        int name = t.get(i + 1).word().equalsIgnoreCase("the") ? i + 2 : i + 1;
        if (name + 1 >= t.size() || !COMMUNITY_NOUNS.contains(t.get(name + 1).word().toLowerCase(java.util.Locale.ROOT))
                || !Character.isUpperCase(t.get(name).word().charAt(0))) {
            return Optional.empty();
        }
        return communityWord(s, name, mentions);
    }

    /** "Taliban gunmen", "Houthi militants": a named actor right before the role word is who they are. */
    private static boolean qualified(AnnotatedSentence s, GenericActors.Mention g, List<Party> parties) {
        // one token may stand between, when it joins the name to the role ("IS 's gunmen", "Houthi - affiliated militants")
        // ("the army and rebels" coordinates two parties: a conjunction or comma joins nothing)
        String between = g.tokenBegin() > 0 ? s.tokens().get(g.tokenBegin() - 1).pos() : "";
        boolean joined = g.tokenBegin() > 0 && !between.startsWith("VB") && !between.equals("CC") && !between.equals(",");
        return parties.stream().anyMatch(p -> p.tokenEnd() == g.tokenBegin() || joined && p.tokenEnd() + 1 == g.tokenBegin());
    }

    /**
     * The country most of the article's places lie in (ISO alpha-2); for an article with no place the
     * gazetteer knows, the one country the armed groups it names are all at home in; else the country its
     * words and outlet name ({@link DocumentCountry}); else {@code null}.
     */
    private String articleCountry(AnnotatedArticle article, MentionIndex mentions) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (AnnotatedSentence s : article.sentences()) {
            for (PlaceMention p : mentions.places(s.index())) {
                if (!mentions.insideActor(p) && p.place().country() != null) {
                    counts.merge(p.place().country(), 1, Integer::sum);
                }
            }
            for (ActorMention m : mentions.all(s.index())) {
                ActorKind kind = mentions.kind(m.actorId());
                if (kind == ActorKind.GROUP || kind == ActorKind.COALITION) {
                    groups.add(m.actorId());
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey)
            .or(() -> homes.sharedHome(groups))
            // no place and no group says where: the country names and nationalities of the text, then the outlet's country
            .or(() -> documentCountry.of(article.sentences(), article.article().outlet()))
            .orElse(null);
    }

    /**
     * A backer named in passing ("US-backed forces", "rebels backed by Turkey") did not itself act;
     * the sponsorship is a relation, not a part in the event.
     */
    private static boolean isSponsor(AnnotatedSentence s, ActorMention m) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int after = m.tokenEnd();
        if (after + 1 < t.size() && t.get(after).word().matches("[-–‑]") && SPONSOR_VERBS.contains(t.get(after + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (after < t.size() && t.get(after).word().toLowerCase(java.util.Locale.ROOT).matches("[-–‑](backed|supported|funded|sponsored|armed)")) {
            return true;
        }
        int before = m.tokenBegin();
        for (int i = Math.max(0, before - 3); i + 1 < before; i++) {
            if (SPONSOR_VERBS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT)) && t.get(i + 1).word().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Russian jets struck", "Turkish shelling": a nationality adjective just before the trigger
     * names the state that acted.
     */
    private Optional<Party> nationalActor(AnnotatedSentence s, PhraseLexicon.Match<Trigger> trigger, MentionIndex mentions) {
        Optional<Party> coordinated = coordinatedNationality(s, trigger.tokenBegin());
        if (coordinated.isPresent()) {
            return coordinated;
        }
        for (int i = Math.max(0, trigger.tokenBegin() - 3); i < trigger.tokenBegin(); i++) {
            int at = i;
            if (mentions.all(s.index()).stream().anyMatch(a -> a.tokenBegin() <= at && at < a.tokenEnd())) {
                continue;   // "Syrian" in "Syrian Democratic Forces" names no state
            }
            String pos = s.tokens().get(i).pos();
            if (pos.startsWith("JJ") || pos.startsWith("NNP")) {
                Optional<String> state = demonyms.state(s.tokens().get(i).word());
                if (state.isPresent()) {
                    return Optional.of(new Party(state.get(), i, i + 1, ActorKind.STATE));
                }
            }
        }
        return Optional.empty();
    }

    /** Heads of a noun phrase that names fighters: "Turkish and SNA forces". */
    private static final Set<String> FORCE_HEADS = EventWords.list("force-heads");

    /**
     * "Turkish and SNA forces shelled": a nationality adjective coordinated with a name before a head noun
     * of fighters qualifies that head as much as the name does, so the state acted too.
     */
    private Optional<Party> coordinatedNationality(AnnotatedSentence s, int triggerBegin) {
        List<org.orbat.nlp.Token> t = s.tokens();
        for (int i = Math.max(0, triggerBegin - 7); i + 2 < triggerBegin; i++) {
            if (!t.get(i).pos().startsWith("JJ") && !t.get(i).pos().startsWith("NNP") || !t.get(i + 1).word().equals("and")) {
                continue;
            }
            Optional<String> state = demonyms.state(t.get(i).word());
            if (state.isEmpty()) {
                continue;
            }
            for (int j = i + 2; j < triggerBegin; j++) {
                String pos = t.get(j).pos();
                if (pos.startsWith("VB") || pos.equals(",") || pos.equals("IN")) {
                    break;
                }
                if (FORCE_HEADS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(new Party(state.get(), i, i + 1, ActorKind.STATE));
                }
            }
        }
        return Optional.empty();
    }

    /** Folds a draft into the event reported just before when both describe the same happening. */
    private static void mergeOrAdd(List<EventDraft> drafts, EventDraft d) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EventDraft p = drafts.get(i);
            if (d.lastSentence - p.lastSentence > REACH) {
                break;
            }
            boolean compatible = p.type.compatible(d.type);
            // A report naming nobody who acted (only its victims or toll) continues the event just reported.
            // Generic actors ("Civilians", "Unidentified Armed Group") say nothing of which incident a report is about.
            boolean sameParties = d.named().isEmpty() || p.named().stream().anyMatch(d.named()::contains);
            boolean sameTime = !(p.dateFromText && d.dateFromText) || p.date.overlaps(d.date, 2);
            if (compatible && sameParties && sameTime) {
                p.addSides(d.side1, d.side2, d.mentioned);
                p.generic.addAll(d.generic);
                d.places.forEach(p::addPlace);
                p.evidence.addAll(d.evidence);
                if (!p.dateFromText && d.dateFromText) {
                    p.date = d.date;
                    p.dateEnd = d.dateEnd;
                    p.dateFromText = true;
                }
                p.lastSentence = d.lastSentence;
                return;
            }
        }
        drafts.add(d);
    }

    /**
     * "The attack killed two", "the shelling caused damage": an incident word with a definite article or
     * demonstrative refers to the incident just reported, not to a new one.
     */
    private static boolean refersBack(AnnotatedSentence s, PhraseLexicon.Match<Trigger> trigger) {
        List<org.orbat.nlp.Token> t = s.tokens();
        int before = trigger.tokenBegin() - 1;
        return trigger.label().type().kind() == EventType.Kind.INCIDENT && before >= 0
            && t.get(trigger.tokenEnd() - 1).pos().startsWith("NN")
            && REFERRING_DETERMINERS.contains(t.get(before).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A sentence with no trigger of its own: its toll, places or parties belong to the event just reported,
     * and victims it names ("one civilian was injured") are that event's target when it had none.
     *
     * @return whether the sentence was attached
     */
    private boolean attachToRecent(List<EventDraft> drafts, AnnotatedSentence s, MentionIndex mentions, Integer toll,
                                   String reporter, String documentId, Map<String, Actor> genericActors, EventType named) {
        if (drafts.isEmpty()) {
            return false;
        }
        // The incident reported last, which is not always the last one begun (a later report may have joined an earlier one).
        // "In the fighting" refers to the fighting just reported, not to a strike reported in between.
        EventDraft p = drafts.stream().filter(x -> named == null || x.type.compatible(named) || s.index() - x.lastSentence > REACH)
            .max(Comparator.comparingInt((EventDraft x) -> x.lastSentence))
            .orElse(latest(drafts));
        if (s.index() - p.lastSentence > REACH || !p.type.tolled()) {
            return false;
        }
        boolean victims = p.side2.isEmpty() && p.type != EventType.PROTEST && p.type != EventType.RIOT
            && generic.find(s).stream().anyMatch(g -> g.role() == GenericActors.Role.CIVILIAN && !partOfName(s, g));
        List<PlaceMention> places = mentions.places(s.index()).stream().filter(x -> !mentions.insideActor(x)).toList();
        boolean killed = toll != null;
        boolean newParties = mentions.parties(s.index()).stream().anyMatch(m -> !p.actors().contains(m.actorId()));
        List<String> struck = p.type.fighting() || p.type == EventType.REMOTE_VIOLENCE ? struck(s, mentions, p) : List.of();
        if (!killed && places.isEmpty() && !victims && struck.isEmpty()) {
            return false;
        }
        if (newParties && !killed && struck.isEmpty()) {
            return false;
        }
        // "Turkish drones struck near Makhmur. Three PKK militants were killed in the attack.": those the next
        // sentence says suffered the act are its target
        p.addSides(Set.of(), new java.util.LinkedHashSet<>(struck), Set.of());
        if (victims) {
            Actor civilians = generic.actor(GenericActors.Role.CIVILIAN, p.type, p.country);
            genericActors.putIfAbsent(civilians.id(), civilians);
            p.addSides(Set.of(), Set.of(civilians.id()), Set.of());
            p.generic.add(civilians.id());
        }
        places.forEach(x -> p.addPlace(x.place()));
        p.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter, toll, stance.stanceOf(s, 0)));
        p.lastSentence = s.index();
        return true;
    }

    /**
     * The armed parties a sentence names as suffering an act ("three PKK militants were killed"), for a
     * strike or fight just reported whose target was not named: none of them already on its side 1.
     */
    private static List<String> struck(AnnotatedSentence s, MentionIndex mentions, EventDraft p) {
        if (!p.side2.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ActorMention m : mentions.parties(s.index())) {
            ActorKind kind = mentions.kind(m.actorId());
            if (kind.isArmed() && !p.side1.contains(m.actorId()) && !out.contains(m.actorId())
                    && SideReader.subjectOfPassive(s, new Party(m.actorId(), m.tokenBegin(), m.tokenEnd(), kind))) {
                out.add(m.actorId());
            }
        }
        return out;
    }

    /** Bombs placed or thrown, not fired: their dead, when no armed target is named, were people nearby. */
    private static final Set<org.orbat.model.AcledSubEvent> PLANTED_OR_THROWN = Set.of(
        org.orbat.model.AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED, org.orbat.model.AcledSubEvent.SUICIDE_BOMB,
        org.orbat.model.AcledSubEvent.GRENADE);

    /**
     * "Two killed and thirty injured in a bomb blast": a bomb, IED or grenade whose sentence counts dead but
     * names no armed target killed civilians, the codebook's actor 2 when a bombing mainly hits them.
     */
    private void anonymousVictims(EventDraft d, Map<String, Actor> genericActors) {
        if (d.type != EventType.REMOTE_VIOLENCE || !PLANTED_OR_THROWN.contains(d.subEvent) || !d.side2.isEmpty()) {
            return;
        }
        Actor civilians = generic.actor(GenericActors.Role.CIVILIAN, d.type, d.country);
        genericActors.putIfAbsent(civilians.id(), civilians);
        d.addSides(Set.of(), Set.of(civilians.id()), Set.of());
        d.generic.add(civilians.id());
    }

    /** The draft reported last (a later report may have joined an earlier draft, so not always the last begun). */
    private static EventDraft latest(List<EventDraft> drafts) {
        return drafts.stream().max(Comparator.comparingInt((EventDraft x) -> x.lastSentence)).orElseThrow();
    }

    /**
     * "X attacked the village. Houses were burned and food looted.": destruction a later sentence reports
     * without naming who did it was done by whoever acted in the incident just reported, not by an
     * unidentified armed group.
     */
    private static void actedInRecent(List<EventDraft> drafts, EventDraft d) {
        boolean unnamed = !d.side1.isEmpty() && d.side1.stream().allMatch(d::unidentifiedArmed);
        if (d.type != EventType.LOOTING || !unnamed || drafts.isEmpty()) {
            return;
        }
        EventDraft p = latest(drafts);
        List<String> named = p.side1.stream().filter(id -> !p.unidentifiedArmed(id)).toList();
        int sentence = d.evidence.isEmpty() ? d.lastSentence : d.evidence.get(0).sentenceIndex();
        if (named.isEmpty() || p.lastSentence >= sentence || sentence - p.lastSentence > REACH) {
            return;
        }
        d.side1.clear();
        d.side1.addAll(named);
    }

    private static final java.util.regex.Pattern RESPONSIBILITY = java.util.regex.Pattern.compile(
        "\\b(claim(ed|s)?|took|takes|accept(ed|s)?|admit(ted|s)?)\\s+(\\w+\\s+)?responsibility\\b",
        java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Later IS claimed responsibility for the attack": a claim in a sentence after the incident names who
     * carried it out. The armed party that makes the claim joins the incident's side 1, in place of an
     * unidentified armed group, and the sentence is its evidence (a claim, as its stance says); the
     * "attack" it names is the one just reported, not a new one.
     *
     * @return whether the sentence was such a claim and was attached
     */
    private boolean claimedResponsibility(List<EventDraft> drafts, AnnotatedSentence s, MentionIndex mentions,
                                          String documentId, String reporter) {
        java.util.regex.Matcher m = RESPONSIBILITY.matcher(s.text());
        if (drafts.isEmpty() || !m.find()) {
            return false;
        }
        EventDraft p = latest(drafts);
        if (p.lastSentence == s.index() || s.index() - p.lastSentence > REACH || !p.type.tolled()) {
            return false;
        }
        int claim = m.start();
        List<String> claimants = mentions.parties(s.index()).stream()
            .filter(a -> s.tokens().get(a.tokenEnd() - 1).end() - s.begin() <= claim && mentions.kind(a.actorId()).isArmed())
            .map(ActorMention::actorId).distinct().toList();
        if (claimants.isEmpty()) {
            return false;
        }
        p.side1.removeIf(p::unidentifiedArmed);
        p.mentioned.removeIf(p::unidentifiedArmed);
        p.addSides(new java.util.LinkedHashSet<>(claimants), Set.of(), Set.of());
        p.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter, null, stance.stanceOf(s, 0)));
        p.lastSentence = s.index();
        return true;
    }

    /** A denial of a fact just reported: both reports are kept, the claim now disputed. */
    private static void disputeRecent(List<EventDraft> drafts, AnnotatedSentence s, EventType type, String reporter,
                                      String documentId) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EventDraft p = drafts.get(i);
            if (s.index() - p.lastSentence > REACH) {
                return;
            }
            if (p.type.compatible(type)) {
                List<Evidence> disputed = new ArrayList<>();
                for (Evidence e : p.evidence) {
                    disputed.add(e.stance() == Stance.DENIED ? e : new Evidence(e.documentId(), e.sentenceIndex(),
                        e.text(), e.reportedBy(), e.fatalities(), Stance.DISPUTED));
                }
                p.evidence.clear();
                p.evidence.addAll(disputed);
                p.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter, null, Stance.DENIED));
                p.lastSentence = s.index();
                return;
            }
        }
    }

    /** For an event whose sentences name no place: the article's most-mentioned place, at governorate precision. */
    private static Optional<Place> articlePlace(AnnotatedArticle article, MentionIndex mentions) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, Place> first = new java.util.HashMap<>();
        for (AnnotatedSentence s : article.sentences()) {
            for (PlaceMention p : mentions.places(s.index())) {
                if (mentions.insideActor(p) || p.place().admin1() == null) {
                    continue;
                }
                counts.merge(p.place().admin1(), 1, Integer::sum);
                first.putIfAbsent(p.place().admin1(), p.place());
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> {
            Place p = first.get(e.getKey());
            return new Place(p.name(), p.lat(), p.lon(), p.admin1(), p.country(), p.featureClass(), "governorate");
        });
    }
}
