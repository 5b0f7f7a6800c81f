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
 * @param mergedId the event this report was merged into with reports of other documents; {@code null}
 *                 when it was merged with none
 */
public record EventRecord(String id, String documentId, EventType type, DateValue date, DateValue dateEnd,
                          Integer fatalities, List<String> actors, List<Place> places, String mergedId) {
    public EventRecord {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    /** A report with no merged event recorded. */
    public EventRecord(String id, String documentId, EventType type, DateValue date, DateValue dateEnd,
                       Integer fatalities, List<String> actors, List<Place> places) {
        this(id, documentId, type, date, dateEnd, fatalities, actors, places, null);
    }

    /** The id of the event this report is part of: the merged event's, else its own. */
    public String eventId() {
        return mergedId == null ? id : mergedId;
    }
}
