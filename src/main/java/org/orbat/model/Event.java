package org.orbat.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened: a battle, a capture, a strike, a disbanding, with its actors, date,
 * places, toll and the evidence behind it.
 *
 * @param id stable identifier
 * @param type the event type
 * @param date when it began, to the precision known; {@code null} if unknown
 * @param dateEnd when it ended; {@code null} if the same as {@code date} or unknown
 * @param actors actor ids, the initiator first where the sentence says who acted
 * @param locations resolved places
 * @param fatalities the best-supported toll; each evidence keeps its own
 * @param evidence one entry per report, disagreements included
 */
public record Event(String id, EventType type, DateValue date, DateValue dateEnd, List<String> actors,
                    List<Place> locations, Integer fatalities, List<Evidence> evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        actors = List.copyOf(actors);
        locations = List.copyOf(locations);
        evidence = List.copyOf(evidence);
    }
}
