package org.orbat.query;

import java.util.List;

/**
 * One page of events, newest first.
 *
 * @param events the events on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param more whether a further page has events
 */
public record EventPage(List<EventSummary> events, int page, int size, boolean more) {
    public EventPage {
        events = List.copyOf(events);
    }
}
