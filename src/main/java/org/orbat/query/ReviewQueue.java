package org.orbat.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.model.Event;
import org.orbat.model.Relation;
import org.orbat.store.KnowledgeSnapshot;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionEntry;

/**
 * The events and relations most worth an analyst's check, first: doubt (one minus {@link EventConfidence}) times consequence (more
 * sentences stating it, a toll, an actor found in the text rather than the registry). Events an analyst already
 * confirmed or rejected are left out. Read from a snapshot, so the terminal and the page see the same queue.
 */
public final class ReviewQueue {
    private static final EventConfidence CONFIDENCE = EventConfidence.load();
    private static final RelationConfidence RELATION_CONFIDENCE = RelationConfidence.load();

    private ReviewQueue() {
    }

    /**
     * One fact to review: an event, or a relation with every sentence stating it.
     *
     * @param event the stored event (one report's), or null for a relation
     * @param statements a relation's statements (one per sentence), empty for an event
     * @param confidence its confidence
     * @param priority doubt times consequence; the queue's order
     * @param names the names of its actors, by id
     */
    public record Item(Event event, List<Relation> statements, double confidence, double priority, Map<String, String> names) {
        public Item {
            statements = List.copyOf(statements);
            names = Map.copyOf(names);
        }

        /** {@code event} or {@code relation}, as corrections name them ({@code confirm-event}, {@code reject-relation}). */
        public String kind() {
            return event != null ? "event" : "relation";
        }

        /** The event's id, or the relation's {@code type|source|target}. */
        public String factId() {
            if (event != null) {
                return event.id();
            }
            Relation r = statements.get(0);
            return r.type().code() + "|" + r.source() + "|" + r.target();
        }
    }

    /** The queue, highest priority first, at most {@code limit} items. */
    public static List<Item> of(KnowledgeSnapshot snapshot, List<CorrectionEntry> corrections, int limit) {
        Map<String, Actor> actors = new HashMap<>();
        snapshot.actors().forEach(a -> actors.put(a.actor().id(), a.actor()));
        Set<String> reviewed = reviewed(corrections);
        Map<String, Double> confidence = CONFIDENCE.ofAll(snapshot.events());
        List<Item> out = new ArrayList<>();
        for (Event e : snapshot.events()) {
            if (reviewed.contains(e.id())) {
                continue;
            }
            double c = confidence.get(e.id());
            boolean newActor = e.actors().stream().map(actors::get).anyMatch(a -> a != null && a.discovered());
            double consequence = (1 + Math.log1p(e.evidence().size())) * (e.fatalities() != null && e.fatalities() > 0 ? 2 : 1)
                * (newActor ? 1.5 : 1);
            Map<String, String> names = new HashMap<>();
            e.actors().forEach(id -> names.put(id, actors.containsKey(id) ? actors.get(id).name() : id));
            out.add(new Item(e, List.of(), c, (1 - c) * consequence, names));
        }
        Map<String, List<Relation>> byKey = new java.util.LinkedHashMap<>();
        for (Relation r : snapshot.relations()) {
            byKey.computeIfAbsent(r.type().code() + "|" + r.source() + "|" + r.target(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Relation>> e : byKey.entrySet()) {
            if (reviewed.contains(e.getKey())) {
                continue;
            }
            Relation first = e.getValue().get(0);
            double c = RELATION_CONFIDENCE.of(first.type());
            boolean newActor = java.util.stream.Stream.of(first.source(), first.target()).map(actors::get)
                .anyMatch(a -> a != null && a.discovered());
            double consequence = (1 + Math.log1p(e.getValue().size())) * (newActor ? 1.5 : 1);
            Map<String, String> names = new HashMap<>();
            java.util.stream.Stream.of(first.source(), first.target())
                .forEach(id -> names.put(id, actors.containsKey(id) ? actors.get(id).name() : id));
            out.add(new Item(null, e.getValue(), c, (1 - c) * consequence, names));
        }
        out.sort(Comparator.comparingDouble(Item::priority).reversed().thenComparing(Item::factId));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static Set<String> reviewed(List<CorrectionEntry> corrections) {
        Set<String> out = new HashSet<>();
        for (CorrectionEntry e : corrections) {
            CorrectionAction a = e.correction().action();
            boolean judged = a == CorrectionAction.CONFIRM_EVENT || a == CorrectionAction.REJECT_EVENT
                || a == CorrectionAction.CONFIRM_RELATION || a == CorrectionAction.REJECT_RELATION;
            if (judged && e.status() != null) {
                out.add(e.status().target());
            }
        }
        return out;
    }
}
