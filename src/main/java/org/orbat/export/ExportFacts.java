package org.orbat.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.query.EventMerger;
import org.orbat.store.DocumentRecord;
import org.orbat.store.KnowledgeSnapshot;

/**
 * A snapshot as every exporter reads it: events merged across documents (one row per happening,
 * differing tolls kept in the evidence), relation rows grouped into facts, and look-ups from actor
 * and document ids to names and outlets. Built once per export; immutable, so threads may share it.
 */
final class ExportFacts {
    private final Map<String, KnowledgeSnapshot.ActorCount> actors = new LinkedHashMap<>();
    private final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
    private final List<Event> events;
    private final Map<String, EventMerger.Merged> reports = new LinkedHashMap<>();
    private final List<RelationGroups.Group> relations;

    private ExportFacts(KnowledgeSnapshot kb) {
        kb.actors().forEach(a -> actors.put(a.actor().id(), a));
        kb.documents().forEach(d -> documents.put(d.id(), d));
        List<EventMerger.Merged> merged = new EventMerger().groups(kb.events());
        merged.forEach(m -> reports.put(m.event().id(), m));
        events = merged.stream().map(EventMerger.Merged::event).toList();
        relations = List.copyOf(RelationGroups.of(kb.relations()));
    }

    static ExportFacts of(KnowledgeSnapshot kb) {
        return new ExportFacts(kb);
    }

    /** Events merged across documents, in id order. */
    List<Event> events() {
        return events;
    }

    /**
     * For each evidence of a merged event, in order, the date the report it stands behind gives ({@code null}
     * when that report gives none): reports that disagree on the date stay visible.
     */
    List<DateValue> reportDates(Event event) {
        EventMerger.Merged m = reports.get(event.id());
        List<DateValue> dates = new ArrayList<>();
        if (m == null) {
            event.evidence().forEach(x -> dates.add(event.date()));
            return dates;
        }
        // The merger appends each report's evidence in the order it merged the reports.
        m.reports().forEach(r -> r.evidence().forEach(x -> dates.add(r.date())));
        return dates;
    }

    /** The distinct tolls an event's evidence gives, lowest first: more than one where its sources disagree. */
    static List<Integer> tolls(Event event) {
        return event.evidence().stream().map(Evidence::fatalities).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Relation facts, one per type, parties and start, each with every sentence stating it. */
    List<RelationGroups.Group> relations() {
        return relations;
    }

    /** Every actor of the snapshot with its mention count, in the snapshot's order. */
    List<KnowledgeSnapshot.ActorCount> actors() {
        return List.copyOf(actors.values());
    }

    Optional<Actor> findActor(String id) {
        return Optional.ofNullable(actors.get(id)).map(KnowledgeSnapshot.ActorCount::actor);
    }

    /** The actor's canonical name; the id itself when the snapshot does not hold the actor. */
    String name(String actorId) {
        return findActor(actorId).map(Actor::name).orElse(actorId);
    }

    /**
     * Who reported the evidence: the distinct {@code reported_by} values, else the distinct outlets of
     * the documents the evidence comes from (the outlet is then the only source there is).
     */
    List<String> sources(List<Evidence> evidence) {
        Set<String> reporters = new LinkedHashSet<>();
        evidence.stream().map(Evidence::reportedBy).filter(ExportFacts::present).forEach(reporters::add);
        if (reporters.isEmpty()) {
            evidence.stream().map(x -> documents.get(x.documentId())).filter(Objects::nonNull)
                .map(DocumentRecord::outlet).filter(ExportFacts::present).forEach(reporters::add);
        }
        return new ArrayList<>(reporters);
    }

    /** The first evidence sentence, or empty when there is none. */
    static Optional<String> firstText(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::text).findFirst();
    }

    /** The ISO form whose length is the precision ({@code 2015}, {@code 2015-03}, {@code 2015-03-01}); null stays null. */
    static String iso(DateValue d) {
        return d == null ? null : d.iso();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
