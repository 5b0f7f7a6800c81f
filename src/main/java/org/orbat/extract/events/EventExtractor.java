package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.Demonyms;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.PhraseLexicon;
import org.orbat.extract.claims.Abbreviations;
import org.orbat.extract.claims.FatalityExtractor;
import org.orbat.extract.claims.SourceAttributor;
import org.orbat.extract.claims.StanceDetector;
import org.orbat.extract.places.PlaceMention;
import org.orbat.extract.time.FactDates;
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
 * Finds events in an article. A sentence with a trigger phrase (event-triggers.tsv) states an
 * event of that type, with the parties it names (the ones before the trigger first, as initiators),
 * its places, its date (the sentence's own, else the publication date), its toll, its reporting
 * source and its stance. A sentence that only gives a toll, or only places, adds to the event just
 * reported; a denial ("the government denied that the towns were captured") disputes it. Reports of
 * one happening in nearby sentences are merged. Thread-safe.
 */
public final class EventExtractor {
    /** Among violent triggers in one sentence, the first listed wins: the most specific act. */
    private static final List<EventType> VIOLENT = List.of(EventType.TERRITORY_CAPTURE, EventType.REMOTE_VIOLENCE,
        EventType.ARREST_ABDUCTION, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLE);
    private static final List<EventType> ORGANISATIONAL = List.of(EventType.DISBANDING, EventType.DECLARATION,
        EventType.AGREEMENT, EventType.FORMATION);
    private static final Set<EventType> FIGHTING = EnumSet.of(EventType.BATTLE, EventType.TERRITORY_CAPTURE);
    private static final int REACH = 2;
    private static final Set<String> SPONSOR_VERBS = Set.of("backed", "supported", "funded", "sponsored", "armed");

    private final PhraseLexicon<EventType> triggers = PhraseLexicon.load("/extract/event-triggers.tsv", EventType::fromCode);
    private final FatalityExtractor tolls = new FatalityExtractor();
    private final SourceAttributor sources = new SourceAttributor();
    private final StanceDetector stance = new StanceDetector();
    private final FactDates dates = new FactDates();
    private final Demonyms demonyms;
    private final StateForces forces;

    public EventExtractor(Demonyms demonyms, org.orbat.actors.ActorResolver resolver) {
        this.demonyms = demonyms;
        this.forces = new StateForces(resolver);
    }

    public List<Event> extract(String documentId, AnnotatedArticle article, MentionIndex mentions) {
        Abbreviations abbreviations = Abbreviations.learn(article.sentences());
        DateValue published = article.article().published();
        List<EventDraft> drafts = new ArrayList<>();
        Narrative narrative = new Narrative();
        for (AnnotatedSentence s : article.sentences()) {
            FactDates.Span inherited = narrative.dateFor(s);
            List<PhraseLexicon.Match<EventType>> found = triggersOutsideNames(s, mentions);
            Optional<Integer> toll = tolls.headlineToll(s);
            String reporter = sources.reportedBy(s, abbreviations).orElse(null);
            if (found.isEmpty()) {
                attachToRecent(drafts, s, mentions, toll.orElse(null), reporter, documentId);
                continue;
            }
            for (PhraseLexicon.Match<EventType> trigger : chosen(found)) {
                Stance st = stance.stanceOf(s, trigger.tokenBegin());
                if (st == Stance.DENIED) {
                    disputeRecent(drafts, s, trigger.label(), reporter, documentId);
                    continue;
                }
                EventDraft draft = draft(s, trigger, mentions, published, inherited);
                draft.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter,
                    isViolent(trigger.label()) ? toll.orElse(null) : null, st));
                mergeOrAdd(drafts, draft);
            }
        }
        List<Event> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (d.places.isEmpty()) {
                articlePlace(article, mentions).ifPresent(d.places::add);
            }
            out.add(d.toEvent(documentId + "-e" + out.size()));
        }
        return out;
    }

    private static boolean isViolent(EventType t) {
        return VIOLENT.contains(t);
    }

    private List<PhraseLexicon.Match<EventType>> triggersOutsideNames(AnnotatedSentence s, MentionIndex mentions) {
        List<PhraseLexicon.Match<EventType>> out = new ArrayList<>();
        for (PhraseLexicon.Match<EventType> m : triggers.find(s)) {
            boolean inName = mentions.all(s.index()).stream()
                .anyMatch(a -> m.tokenBegin() < a.tokenEnd() && a.tokenBegin() < m.tokenEnd());
            if (!inName) {
                out.add(m);
            }
        }
        return out;
    }

    /** At most one violent and one organisational event per sentence: the most specific of each. */
    private static List<PhraseLexicon.Match<EventType>> chosen(List<PhraseLexicon.Match<EventType>> found) {
        List<PhraseLexicon.Match<EventType>> out = new ArrayList<>();
        for (List<EventType> family : List.of(ORGANISATIONAL, VIOLENT)) {
            found.stream().filter(m -> family.contains(m.label()))
                .min(Comparator.comparingInt((PhraseLexicon.Match<EventType> m) -> family.indexOf(m.label()))
                    .thenComparingInt(PhraseLexicon.Match::tokenBegin))
                .ifPresent(out::add);
        }
        return out;
    }

    private EventDraft draft(AnnotatedSentence s, PhraseLexicon.Match<EventType> trigger, MentionIndex mentions,
                             DateValue published, FactDates.Span inherited) {
        EventDraft d = new EventDraft(trigger.label(), s.index());
        List<ActorMention> parties = new ArrayList<>();
        for (ActorMention m : mentions.parties(s.index())) {
            if (mentions.kind(m.actorId()) != ActorKind.PERSON && !isSponsor(s, m) && !MentionIndex.qualifiesRoleNoun(s, m)) {
                parties.add(m);
            }
        }
        java.util.List<String> named = new ArrayList<>();
        nationalActor(s, trigger).ifPresent(named::add);
        parties.stream().filter(m -> m.tokenEnd() <= trigger.tokenBegin()).forEach(m -> named.add(m.actorId()));
        parties.stream().filter(m -> m.tokenEnd() > trigger.tokenBegin()).forEach(m -> named.add(m.actorId()));
        for (String actor : named) {
            d.actors.add(VIOLENT.contains(trigger.label()) ? forces.forcesOf(actor, trigger.label()) : actor);
        }
        for (PlaceMention p : mentions.places(s.index())) {
            if (!mentions.insideActor(p)) {
                d.addPlace(p.place());
            }
        }
        FactDates.Span when = s.times().isEmpty() && inherited != null ? inherited : dates.at(s, trigger.tokenBegin(), published);
        d.date = when.start();
        d.dateEnd = when.end();
        d.dateFromText = when.fromText();
        return d;
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
    private Optional<String> nationalActor(AnnotatedSentence s, PhraseLexicon.Match<EventType> trigger) {
        for (int i = Math.max(0, trigger.tokenBegin() - 3); i < trigger.tokenBegin(); i++) {
            String pos = s.tokens().get(i).pos();
            if (pos.startsWith("JJ") || pos.startsWith("NNP")) {
                Optional<String> state = demonyms.state(s.tokens().get(i).word());
                if (state.isPresent()) {
                    return state;
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
            boolean compatible = p.type == d.type || FIGHTING.contains(p.type) && FIGHTING.contains(d.type);
            boolean sameParties = d.actors.isEmpty() || p.actors.stream().anyMatch(d.actors::contains);
            boolean sameTime = !(p.dateFromText && d.dateFromText) || p.date.overlaps(d.date, 2);
            if (compatible && sameParties && sameTime) {
                p.actors.addAll(d.actors);
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

    /** A sentence with no trigger: its toll, places or parties belong to the event just reported. */
    private void attachToRecent(List<EventDraft> drafts, AnnotatedSentence s, MentionIndex mentions, Integer toll,
                                String reporter, String documentId) {
        if (drafts.isEmpty()) {
            return;
        }
        EventDraft p = drafts.get(drafts.size() - 1);
        if (s.index() - p.lastSentence > REACH || !VIOLENT.contains(p.type)) {
            return;
        }
        List<PlaceMention> places = mentions.places(s.index()).stream().filter(x -> !mentions.insideActor(x)).toList();
        boolean killed = toll != null;
        boolean newParties = mentions.parties(s.index()).stream().anyMatch(m -> !p.actors.contains(m.actorId()));
        if (!killed && places.isEmpty()) {
            return;
        }
        if (newParties && !killed) {
            return;
        }
        places.forEach(x -> p.addPlace(x.place()));
        p.evidence.add(new Evidence(documentId, s.index(), s.text(), reporter, toll, stance.stanceOf(s, 0)));
        p.lastSentence = s.index();
    }

    /** A denial of a fact just reported: both reports are kept, the claim now disputed. */
    private static void disputeRecent(List<EventDraft> drafts, AnnotatedSentence s, EventType type, String reporter,
                                      String documentId) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EventDraft p = drafts.get(i);
            if (s.index() - p.lastSentence > REACH) {
                return;
            }
            if (p.type == type || FIGHTING.contains(p.type) && FIGHTING.contains(type)) {
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
