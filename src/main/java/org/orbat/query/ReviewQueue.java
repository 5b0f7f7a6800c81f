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
import org.orbat.store.KnowledgeSnapshot;
import org.orbat.store.corrections.CorrectionAction;
import org.orbat.store.corrections.CorrectionEntry;

/**
 * The events most worth an analyst's check, first: doubt (one minus {@link EventConfidence}) times consequence (more
 * sentences stating it, a toll, an actor found in the text rather than the registry). Events an analyst already
 * confirmed or rejected are left out. Read from a snapshot, so the terminal and the page see the same queue.
 */
public final class ReviewQueue {
    private static final EventConfidence CONFIDENCE = EventConfidence.load();

    private ReviewQueue() {
    }

    /**
     * One event to review.
     *
     * @param event the stored event (one report's)
     * @param confidence its confidence
     * @param priority doubt times consequence; the queue's order
     * @param names the names of its actors, by id
     */
    public record Item(Event event, double confidence, double priority, Map<String, String> names) {
        public Item {
            names = Map.copyOf(names);
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
            out.add(new Item(e, c, (1 - c) * consequence, names));
        }
        out.sort(Comparator.comparingDouble(Item::priority).reversed().thenComparing(i -> i.event().id()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static Set<String> reviewed(List<CorrectionEntry> corrections) {
        Set<String> out = new HashSet<>();
        for (CorrectionEntry e : corrections) {
            CorrectionAction a = e.correction().action();
            if ((a == CorrectionAction.CONFIRM_EVENT || a == CorrectionAction.REJECT_EVENT) && e.status() != null) {
                out.add(e.status().target());
            }
        }
        return out;
    }
}
