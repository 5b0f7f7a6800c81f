package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.orbat.extract.places.DivisionPeriods;
import org.orbat.model.AcledSubEvent;
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
    AcledSubEvent subEvent;
    /** ISO alpha-2 code of the country the event happened in, when known: names its generic actors. */
    String country;
    DateValue date;
    DateValue dateEnd;
    boolean dateFromText;
    final Set<String> side1 = new LinkedHashSet<>();
    final Set<String> side2 = new LinkedHashSet<>();
    final Set<String> mentioned = new LinkedHashSet<>();
    /** Which of the actors are generic ones, as their kind said when they were added. */
    final Set<String> generic = new java.util.HashSet<>();
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

    /** Whether {@code actorId} is the unidentified armed group this draft added for an act no one was named for. */
    boolean unidentifiedArmed(String actorId) {
        return generic.contains(actorId) && actorId.startsWith("unidentified-armed-group");
    }

    /** Every actor: side 1, side 2, then those only mentioned. */
    Set<String> actors() {
        Set<String> all = new LinkedHashSet<>(side1);
        all.addAll(side2);
        all.addAll(mentioned);
        return all;
    }

    /** The actors named by name: every actor but ACLED's generic ones ("Civilians", "Unidentified Armed Group"). */
    Set<String> named() {
        Set<String> out = actors();
        out.removeAll(generic);
        return out;
    }

    /**
     * Adds another report's sides; an actor keeps the side it was first given, unless one report puts it
     * on both (fighting within a group: "clashes between two Taliban groups").
     */
    void addSides(Set<String> one, Set<String> two, Set<String> others) {
        for (String a : one) {
            if (!side2.contains(a) || two.contains(a)) {
                side1.add(a);
            }
        }
        for (String a : two) {
            if (!side1.contains(a) || one.contains(a)) {
                side2.add(a);
            }
        }
        mentioned.addAll(others);
        mentioned.removeAll(side1);
        mentioned.removeAll(side2);
    }

    /**
     * The event with the lowest reported toll as its own figure, after the ACLED convention of the
     * most conservative estimate; every report keeps its own figure in its evidence. A report of no
     * deaths gives 0 when no report gives more.
     */
    Event toEvent(String id) {
        Integer toll = evidence.stream().map(Evidence::fatalities).filter(f -> f != null && f > 0)
            .min(Integer::compareTo)
            .orElse(evidence.stream().anyMatch(e -> Integer.valueOf(0).equals(e.fatalities())) ? 0 : null);
        // the division a place lay in on the event's date, as ACLED reports it (Libya's regions since 2018)
        List<Place> located = places.stream().map(p -> DivisionPeriods.loadDefault().at(p, date)).toList();
        return new Event(id, type, date, dateEnd, List.copyOf(actors()), List.copyOf(side1), List.copyOf(side2),
            subEvent, located, toll, evidence);
    }
}
