package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.model.Place;

/**
 * One event as lists show it: reports of one happening from several documents make one event, as in
 * the export; {@code orbat evidence ID} gives the sentences behind it.
 *
 * @param id the event's id (its first report's); the id of any of its reports resolves to it too
 * @param type event type
 * @param date start, to the precision known; {@code null} when no report dates it (an undated event)
 * @param dateEnd end; may be {@code null}
 * @param actors the actors taking part, the initiator first where known
 * @param places where it happened
 * @param fatalities the event's toll: the lowest any report gives, after ACLED's conservative convention; may be {@code null}
 * @param documentId the first reporting document
 * @param tolls every distinct toll its evidence gives, lowest first: more than one when sources disagree
 * @param reports each document's report, with its own date and toll
 */
public record EventSummary(String id, EventType type, DateValue date, DateValue dateEnd, List<ActorRef> actors,
                           List<Place> places, Integer fatalities, String documentId, List<Integer> tolls,
                           List<EventReport> reports) {
    public EventSummary {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tolls = List.copyOf(tolls);
        reports = List.copyOf(reports);
    }

    /** Whether its sources give different tolls. */
    public boolean tollsDisagree() {
        return tolls.size() > 1;
    }

    /** Whether its reports give different dates (one may give none). */
    public boolean datesDisagree() {
        return reports.stream().map(r -> r.date() == null ? "" : r.date().iso()).distinct().count() > 1;
    }
}
