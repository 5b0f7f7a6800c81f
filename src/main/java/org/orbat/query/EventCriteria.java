package org.orbat.query;

/**
 * What {@code orbat events} and {@code /api/events} ask for, as given: every field may be
 * {@code null} or blank (no constraint) and is checked by {@link EventQuery}.
 *
 * @param actor any name of an actor taking part
 * @param place a place name or first-level division (governorate)
 * @param from earliest date
 * @param to latest date
 * @param type an event type code ({@code battle})
 * @param page page number from 0
 * @param size page size, 1 to {@link QueryParameters#MAX_PAGE_SIZE}
 * @param undated what of the events no report dates: {@code with} (the default: listed, after the dated
 *                ones when a period is asked, since they may fall in it), {@code without}, or {@code only}
 */
public record EventCriteria(String actor, String place, String from, String to, String type, int page, int size,
                            String undated) {
    /** Criteria listing undated events with the dated ones. */
    public EventCriteria(String actor, String place, String from, String to, String type, int page, int size) {
        this(actor, place, from, to, type, page, size, null);
    }

    public static EventCriteria firstPage(int size) {
        return new EventCriteria(null, null, null, null, null, 0, size);
    }
}
