package org.orbat.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened: a battle, a capture, a strike, a protest, a disbanding, with who did it to
 * whom, its date, places, toll and the evidence behind it.
 *
 * @param id stable identifier
 * @param type the event type
 * @param date when it began, to the precision known; {@code null} if unknown
 * @param dateEnd when it ended; {@code null} if the same as {@code date} or unknown
 * @param actors actor ids: both sides, then actors the reports only mention
 * @param side1 who acted: the initiating actor first (ACLED's actor1), then those acting with it
 * @param side2 who was acted against: the main target first (ACLED's actor2), then its associates;
 *     empty when nobody was (a peaceful protest, a base established)
 * @param subEvent how ACLED files it; {@code null} when not coded
 * @param locations resolved places
 * @param fatalities the best-supported toll; each evidence keeps its own
 * @param evidence one entry per report, disagreements included
 */
public record Event(String id, EventType type, DateValue date, DateValue dateEnd, List<String> actors,
                    List<String> side1, List<String> side2, AcledSubEvent subEvent,
                    List<Place> locations, Integer fatalities, List<Evidence> evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        actors = List.copyOf(actors);
        side1 = List.copyOf(side1);
        side2 = List.copyOf(side2);
        locations = List.copyOf(locations);
        evidence = List.copyOf(evidence);
        for (String a : side1) {
            if (!actors.contains(a)) {
                throw new IllegalArgumentException("Event " + id + ": side-1 actor " + a + " is not among its actors");
            }
        }
        for (String a : side2) {
            if (!actors.contains(a)) {
                throw new IllegalArgumentException("Event " + id + ": side-2 actor " + a + " is not among its actors");
            }
        }
    }

    /**
     * How the stores record an actor's part in this event: 1 acted, 2 acted against, 3 both (fighting
     * within one group or crowd, "clashes between two Taliban groups"), 0 only mentioned.
     */
    public int sideCode(String actor) {
        boolean one = side1.contains(actor);
        boolean two = side2.contains(actor);
        return one && two ? 3 : one ? 1 : two ? 2 : 0;
    }

    /** Whether a stored {@link #sideCode side code} puts the actor on side 1. */
    public static boolean onSide1(int sideCode) {
        return sideCode == 1 || sideCode == 3;
    }

    /** Whether a stored {@link #sideCode side code} puts the actor on side 2. */
    public static boolean onSide2(int sideCode) {
        return sideCode == 2 || sideCode == 3;
    }

    /** An event whose sides are not known: every actor is merely mentioned, filed under the type's default. */
    public Event(String id, EventType type, DateValue date, DateValue dateEnd, List<String> actors,
                 List<Place> locations, Integer fatalities, List<Evidence> evidence) {
        this(id, type, date, dateEnd, actors, List.of(), List.of(), type.defaultSubEvent(), locations, fatalities, evidence);
    }

    /** The sub-event this event is filed under: its own, else its type's default. */
    public AcledSubEvent acled() {
        return subEvent == null ? type.defaultSubEvent() : subEvent;
    }
}
