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
 * @param dating which reports by whether they are dated
 */
public record EventFilter(String actorId, List<String> places, DateValue from, DateValue to, EventType type, int offset,
                          int limit, Dating dating) {

    /** Which reports to read by whether they are dated. */
    public enum Dating {
        /** Dated or not; a period ({@code from}, {@code to}) keeps only dated reports within it. */
        ANY,
        /** Only dated reports. */
        DATED,
        /**
         * Only reports of undated events: no date, and merged with no dated report (a report merged with
         * one is part of a dated event). {@code from} and {@code to} are ignored: a period may hold them.
         */
        UNDATED
    }

    public EventFilter {
        places = places == null ? List.of() : List.copyOf(places);
        dating = dating == null ? Dating.ANY : dating;
        if (offset < 0) {
            throw new IllegalArgumentException("Offset cannot be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("Limit cannot be negative: " + limit);
        }
    }

    /** Reports dated within {@code from} and {@code to} where given. */
    public EventFilter(String actorId, List<String> places, DateValue from, DateValue to, EventType type, int offset, int limit) {
        this(actorId, places, from, to, type, offset, limit, Dating.ANY);
    }

    /** The same criteria for the reports {@code dating} keeps. */
    public EventFilter dating(Dating dating) {
        return new EventFilter(actorId, places, from, to, type, offset, limit, dating);
    }

    /** The same criteria from row {@code offset}. */
    public EventFilter rows(int offset, int limit) {
        return new EventFilter(actorId, places, from, to, type, offset, limit, dating);
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
