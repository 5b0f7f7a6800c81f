package org.orbat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameterised statement for an {@link EventFilter}. Clauses are chosen by which criteria are
 * set; values always travel as parameters. Dates are stored as ISO strings whose length is their
 * precision, so "the period ends on or after F" is {@code substr(F, 1, length(d)) <= d}: a month
 * {@code 2015-03} still counts for a filter starting {@code 2015-03-10}.
 *
 * <p>An actor's events are normally read through its index entries and sorted; for a busy actor
 * ({@code probe}) it is cheaper to walk all events newest first by the date index and keep those
 * it took part in, since a page fills after a few thousand steps instead of sorting tens of thousands.
 */
record EventSql(String text, Object[] params) {

    /** Whether walking events by date beats sorting an actor's events, given how many it has. */
    static boolean shouldProbe(EventFilter f, long actorEvents) {
        return f.actorId() != null && actorEvents >= 2_000 && f.places().isEmpty() && f.type() == null && f.from() == null
            && f.to() == null && f.dating() == EventFilter.Dating.ANY && (long) f.offset() + f.limit() <= 1_000;
    }

    static EventSql of(EventFilter f, boolean probe) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.document_id, e.type, e.date, e.date_end, e.fatalities, e.merged_id FROM ");
        List<Object> params = new ArrayList<>();
        if (probe) {
            sql.append("events e WHERE EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.actor_id = ?)");
            params.add(f.actorId());
        } else if (f.actorId() != null) {
            sql.append("event_actors ea JOIN events e ON e.id = ea.event_id WHERE ea.actor_id = ?");
            params.add(f.actorId());
        } else {
            sql.append("events e WHERE 1 = 1");
        }
        if (!f.places().isEmpty()) {
            List<String> names = f.places().stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
            String marks = String.join(",", java.util.Collections.nCopies(names.size(), "?"));
            sql.append(" AND e.id IN (SELECT event_id FROM event_places WHERE lower(name) IN (" + marks + ")"
                + " UNION SELECT event_id FROM event_places WHERE lower(admin1) IN (" + marks + "))");
            params.addAll(names);
            params.addAll(names);
        }
        if (f.type() != null) {
            sql.append(" AND e.type = ?");
            params.add(f.type().code());
        }
        boolean undated = f.dating() == EventFilter.Dating.UNDATED;
        if (undated) {
            sql.append(" AND e.date IS NULL AND e.merged_id IS NULL");
        } else if (f.dating() == EventFilter.Dating.DATED) {
            sql.append(" AND e.date IS NOT NULL");
        }
        if (f.to() != null && !undated) {
            sql.append(" AND e.date <= ?");
            params.add(f.to().last().toString());
        }
        if (f.from() != null && !undated) {
            sql.append(" AND substr(?, 1, length(COALESCE(e.date_end, e.date))) <= COALESCE(e.date_end, e.date)");
            params.add(f.from().date().toString());
        }
        sql.append(" ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?");
        params.add(f.limit());
        params.add(f.offset());
        return new EventSql(sql.toString(), params.toArray());
    }
}
