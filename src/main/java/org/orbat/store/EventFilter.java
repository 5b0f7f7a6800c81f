package org.orbat.store;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;

/**
 * Which events to read, newest first. Every criterion may be {@code null} (no constraint).
 *
 * @param actorId events this actor took part in
 * @param places names of one place (its spellings) or first-level division, any of which an event's place or
 *               first-level division may have, ignoring case; empty for no constraint
 * @param from events whose period ends on or after this date's first day
 * @param to events whose period starts on or before this date's last day
 * @param type one event type
 * @param offset rows to skip
 * @param limit rows to return at most
 * @param undatedOnly only reports with no date that no dated report was merged with (events whose date is
 *                    unknown), whatever {@code from} and {@code to} say: what a period may hold but no date shows
 */
public record EventFilter(String actorId, List<String> places, DateValue from, DateValue to, EventType type, int offset,
                          int limit, boolean undatedOnly) {
    public EventFilter {
        places = places == null ? List.of() : List.copyOf(places);
        if (offset < 0) {
            throw new IllegalArgumentException("Offset cannot be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("Limit cannot be negative: " + limit);
        }
    }

    /** Reports dated within {@code from} and {@code to} where given. */
    public EventFilter(String actorId, List<String> places, DateValue from, DateValue to, EventType type, int offset, int limit) {
        this(actorId, places, from, to, type, offset, limit, false);
    }

    /** The same criteria for the undated events, from row {@code offset}. */
    public EventFilter undated(int offset, int limit) {
        return new EventFilter(actorId, places, null, null, type, offset, limit, true);
    }

    /** The same criteria from row {@code offset}. */
    public EventFilter rows(int offset, int limit) {
        return new EventFilter(actorId, places, from, to, type, offset, limit, undatedOnly);
    }

    /** Whether a period is asked for. */
    public boolean dated() {
        return from != null || to != null;
    }

    /** The latest {@code limit} events of one actor. */
    public static EventFilter latestOf(String actorId, int limit) {
        return new EventFilter(actorId, List.of(), null, null, null, 0, limit);
    }
}
