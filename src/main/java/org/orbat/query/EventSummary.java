package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.model.Place;

/**
 * One event as lists show it; {@code orbat evidence ID} gives the reports behind it.
 *
 * @param id fact id
 * @param type event type
 * @param date start, to the precision known; may be {@code null}
 * @param dateEnd end; may be {@code null}
 * @param actors the actors taking part, the initiator first where known
 * @param places where it happened
 * @param fatalities the stored toll; may be {@code null}
 * @param documentId the reporting document
 */
public record EventSummary(String id, EventType type, DateValue date, DateValue dateEnd, List<ActorRef> actors,
                           List<Place> places, Integer fatalities, String documentId) {
    public EventSummary {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
