package org.orbat.store;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.model.Place;

/**
 * One row of the events table with its actors and places; its evidence is keyed by {@code id}.
 *
 * @param id fact id
 * @param documentId the reporting document
 * @param type event type
 * @param date start, to the precision known; may be {@code null}
 * @param dateEnd end; may be {@code null}
 * @param fatalities the stored toll; may be {@code null}
 * @param actors actor ids in stored order
 * @param places resolved places in stored order
 */
public record EventRecord(String id, String documentId, EventType type, DateValue date, DateValue dateEnd,
                          Integer fatalities, List<String> actors, List<Place> places) {
    public EventRecord {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
