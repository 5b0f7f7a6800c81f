package org.orbat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;

/**
 * The stored reports of given events, whole (sides, places, evidence), as the merged event a list or
 * {@code orbat evidence} shows is made from them: a few indexed reads per batch of ids, never a
 * scan of a fact table.
 */
final class ReportReader {
    private static final int CHUNK = 400;
    private static final String COLUMNS = "e.id, e.type, e.date, e.date_end, e.fatalities, e.sub_event_type, e.merged_id";

    private final Connection connection;

    ReportReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * For each id asked (a report's or a merged event's), every report of the event it is part of: in one
     * statement, the rows asked and, by the merged-id index, the rows merged into an event of that id. Each
     * part is an equality on an index: an {@code IS NULL} on the merged id would match most of the table.
     * A report asked by its own id that names another merged event is read by a second statement.
     */
    Map<String, List<Event>> reportsOf(Collection<String> ids) throws SQLException {
        Map<String, Row> asked = new LinkedHashMap<>();
        Map<String, Map<String, Row>> byEvent = new LinkedHashMap<>();
        Set<String> complete = new HashSet<>(ids);
        for (List<String> chunk : chunks(ids)) {
            read(chunk, chunk, asked, byEvent);
        }
        // The event a merged report asked by its own id is part of: its other reports are not read yet.
        List<String> others = asked.values().stream().map(Row::event).filter(e -> !complete.contains(e)).distinct().toList();
        for (List<String> chunk : chunks(others)) {
            read(List.of(), chunk, asked, byEvent);
        }
        Map<String, Event> events = whole(byEvent.values().stream().flatMap(m -> m.values().stream()).toList());
        Map<String, List<Event>> out = new LinkedHashMap<>();
        for (String id : ids) {
            Row r = asked.get(id);
            if (r != null) {
                out.put(id, byEvent.getOrDefault(r.event(), Map.of()).values().stream().map(x -> events.get(x.id())).toList());
            }
        }
        return out;
    }

    /** Reads the rows whose id is in {@code ids} (noted in {@code asked}) and those merged into an event in {@code events}. */
    private void read(List<String> ids, List<String> events, Map<String, Row> asked, Map<String, Map<String, Row>> byEvent)
            throws SQLException {
        Set<String> wanted = Set.copyOf(ids);
        String sql = "SELECT " + COLUMNS + " FROM events e WHERE e.merged_id IN (" + marks(events.size()) + ")"
            + (ids.isEmpty() ? "" : " UNION SELECT " + COLUMNS + " FROM events e WHERE e.id IN (" + marks(ids.size()) + ")");
        List<Object> params = new ArrayList<>(events);
        params.addAll(ids);
        for (Row r : JdbcReadModel.query(connection, sql, ReportReader::row, params.toArray())) {
            if (wanted.contains(r.id())) {
                asked.put(r.id(), r);
            }
            if (r.mergedId() != null) {
                byEvent.computeIfAbsent(r.mergedId(), k -> new LinkedHashMap<>()).put(r.id(), r);
            } else if (wanted.contains(r.id())) {
                // Merged with none, or stored again since the last merge (its old partners still name it).
                byEvent.computeIfAbsent(r.id(), k -> new LinkedHashMap<>()).put(r.id(), r);
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), EventType.fromCode(rs.getString(2)), date(rs.getString(3)), date(rs.getString(4)),
            integer(rs.getObject(5)), rs.getString(6), rs.getString(7));
    }

    /** One events row. */
    private record Row(String id, EventType type, DateValue date, DateValue dateEnd, Integer fatalities, String subEvent,
                       String mergedId) {
        /** The event this report is part of. */
        String event() {
            return mergedId == null ? id : mergedId;
        }
    }

    private Map<String, Event> whole(List<Row> rows) throws SQLException {
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, List<String>> side1 = new LinkedHashMap<>();
        Map<String, List<String>> side2 = new LinkedHashMap<>();
        Map<String, List<Place>> places = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (List<String> chunk : chunks(rows.stream().map(Row::id).toList())) {
            String in = marks(chunk.size());
            for (Object[] a : JdbcReadModel.query(connection, "SELECT event_id, actor_id, side FROM event_actors WHERE event_id IN ("
                    + in + ") ORDER BY event_id, ord", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)},
                    chunk.toArray())) {
                String event = (String) a[0];
                String actor = (String) a[1];
                actors.computeIfAbsent(event, k -> new ArrayList<>()).add(actor);
                if (Event.onSide1((Integer) a[2])) {
                    side1.computeIfAbsent(event, k -> new ArrayList<>()).add(actor);
                }
                if (Event.onSide2((Integer) a[2])) {
                    side2.computeIfAbsent(event, k -> new ArrayList<>()).add(actor);
                }
            }
            for (Map.Entry<String, Place> p : JdbcReadModel.query(connection, "SELECT event_id, name, lat, lon, admin1, country,"
                    + " feature_class, precision FROM event_places WHERE event_id IN (" + in + ") ORDER BY event_id, ord",
                    rs -> Map.entry(rs.getString(1), new Place(rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))), chunk.toArray())) {
                places.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
            }
            for (Map.Entry<String, Evidence> x : JdbcReadModel.query(connection, "SELECT fact_id, document_id, sentence_idx, text,"
                    + " reported_by, fatalities, stance FROM evidence WHERE fact_id IN (" + in + ") ORDER BY fact_id, ord",
                    rs -> Map.entry(rs.getString(1), new Evidence(rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), integer(rs.getObject(6)), Stance.fromCode(rs.getString(7)))), chunk.toArray())) {
                evidence.computeIfAbsent(x.getKey(), k -> new ArrayList<>()).add(x.getValue());
            }
        }
        Map<String, Event> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.put(r.id(), new Event(r.id(), r.type(), r.date(), r.dateEnd(), actors.getOrDefault(r.id(), List.of()),
                side1.getOrDefault(r.id(), List.of()), side2.getOrDefault(r.id(), List.of()),
                AcledSubEvent.fromCode(r.subEvent()).orElse(r.type().defaultSubEvent()), places.getOrDefault(r.id(), List.of()),
                r.fatalities(), evidence.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static DateValue date(String iso) {
        return DateValue.parse(iso).orElse(null);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> list = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
