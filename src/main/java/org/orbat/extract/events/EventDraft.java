package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;

/**
 * An event being assembled from the sentences of one article; reports of the same happening in
 * nearby sentences are folded into one draft. Not thread-safe: one extractor run owns it.
 */
final class EventDraft {
    EventType type;
    DateValue date;
    DateValue dateEnd;
    boolean dateFromText;
    final Set<String> actors = new LinkedHashSet<>();
    final List<Place> places = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    int lastSentence;

    EventDraft(EventType type, int sentence) {
        this.type = type;
        this.lastSentence = sentence;
    }

    void addPlace(Place p) {
        boolean known = places.stream().anyMatch(q -> q.name().equals(p.name()));
        if (!known) {
            places.add(p);
        }
    }

    /**
     * The event with the lowest reported toll as its own figure, after the ACLED convention of the
     * most conservative estimate; every report keeps its own figure in its evidence.
     */
    Event toEvent(String id) {
        Integer toll = evidence.stream().map(Evidence::fatalities).filter(f -> f != null && f > 0)
            .min(Integer::compareTo).orElse(null);
        return new Event(id, type, date, dateEnd, List.copyOf(actors), places, toll, evidence);
    }
}
