package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orbat.lexicon.Language;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Lineage;
import org.orbat.model.Place;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

/**
 * Reads the whole knowledge base into a {@link KnowledgeSnapshot}. Only actors that some document
 * mentions, or that take part in a relation or event, are included.
 */
final class SnapshotReader {
    private final Connection connection;

    SnapshotReader(Connection connection) {
        this.connection = connection;
    }

    KnowledgeSnapshot read() throws SQLException {
        Map<String, List<Evidence>> evidence = evidence();
        return new KnowledgeSnapshot(documents(), actors(), relations(evidence), events(evidence));
    }

    private List<DocumentRecord> documents() throws SQLException {
        List<DocumentRecord> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, source_key, path, source_id, title, outlet, url, published, published_how, content_hash,"
                    + " language FROM documents ORDER BY path, source_id, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), date(rs.getString(8)), rs.getString(9),
                    rs.getString(10), Language.fromCode(rs.getString(11))));
            }
        }
        return out;
    }

    private List<KnowledgeSnapshot.ActorCount> actors() throws SQLException {
        Map<String, List<Alias>> aliases = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT actor_id, name, origin, note FROM aliases ORDER BY actor_id, document_id, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Alias> list = aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                String name = rs.getString(2);
                if (list.stream().noneMatch(a -> a.name().equals(name))) {
                    list.add(new Alias(name, rs.getString(3), rs.getString(4)));
                }
            }
        }
        Map<String, List<Lineage>> lineage = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT actor_id, type, target_id, date FROM lineage ORDER BY actor_id, date");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lineage.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Lineage(rs.getString(2), rs.getString(3), date(rs.getString(4))));
            }
        }
        List<KnowledgeSnapshot.ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT a.id, a.name, a.kind, a.discovered, (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id)"
                    + " FROM actors a WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)"
                    + " OR EXISTS (SELECT 1 FROM event_actors e WHERE e.actor_id = a.id)"
                    + " OR EXISTS (SELECT 1 FROM relations r WHERE r.source_actor = a.id OR r.target_actor = a.id)"
                    + " ORDER BY a.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Actor actor = new Actor(id, rs.getString(2), ActorKind.fromCode(rs.getString(3)),
                    aliases.getOrDefault(id, List.of()), lineage.getOrDefault(id, List.of()), rs.getInt(4) == 1);
                out.add(new KnowledgeSnapshot.ActorCount(actor, rs.getLong(5)));
            }
        }
        return out;
    }

    /**
     * Every event report with what {@link EventGrouping} compares: its actors, sides, places and its
     * evidence's documents and tolls; the sentences themselves are left empty, the merging pass reads
     * a million of them otherwise for nothing.
     */
    List<Event> reports() throws SQLException {
        return events(evidence("SELECT fact_id, document_id, sentence_idx, '', reported_by, fatalities, stance FROM evidence"
            + " WHERE fact_id IN (SELECT id FROM events) ORDER BY fact_id, ord"));
    }

    private Map<String, List<Evidence>> evidence() throws SQLException {
        return evidence("SELECT fact_id, document_id, sentence_idx, text, reported_by, fatalities, stance FROM evidence"
            + " ORDER BY fact_id, ord");
    }

    private Map<String, List<Evidence>> evidence(String sql) throws SQLException {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int fatalities = rs.getInt(6);
                Integer toll = rs.wasNull() ? null : fatalities;
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Evidence(rs.getString(2),
                    rs.getInt(3), rs.getString(4), rs.getString(5), toll, Stance.fromCode(rs.getString(7))));
            }
        }
        return out;
    }

    private List<Relation> relations(Map<String, List<Evidence>> evidence) throws SQLException {
        List<Relation> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, type, source_actor, target_actor, start_date, end_date FROM relations ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                for (Evidence e : evidence.getOrDefault(rs.getString(1), List.of())) {
                    out.add(new Relation(RelationType.fromCode(rs.getString(2)), rs.getString(3), rs.getString(4),
                        date(rs.getString(5)), date(rs.getString(6)), e));
                }
            }
        }
        return out;
    }

    private List<Event> events(Map<String, List<Evidence>> evidence) throws SQLException {
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, List<String>> side1 = new LinkedHashMap<>();
        Map<String, List<String>> side2 = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT event_id, actor_id, side FROM event_actors ORDER BY event_id, ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String event = rs.getString(1);
                actors.computeIfAbsent(event, k -> new ArrayList<>()).add(rs.getString(2));
                int side = rs.getInt(3);
                if (Event.onSide1(side)) {
                    side1.computeIfAbsent(event, k -> new ArrayList<>()).add(rs.getString(2));
                }
                if (Event.onSide2(side)) {
                    side2.computeIfAbsent(event, k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, List<Place>> places = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT event_id, name, lat, lon, admin1, country, feature_class, precision FROM event_places ORDER BY event_id, ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                places.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Place(rs.getString(2),
                    rs.getDouble(3), rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, type, date, date_end, fatalities, sub_event_type FROM events ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                int f = rs.getInt(5);
                Integer fatalities = rs.wasNull() ? null : f;
                EventType type = EventType.fromCode(rs.getString(2));
                out.add(new Event(id, type, date(rs.getString(3)), date(rs.getString(4)),
                    actors.getOrDefault(id, List.of()), side1.getOrDefault(id, List.of()), side2.getOrDefault(id, List.of()),
                    AcledSubEvent.fromCode(rs.getString(6)).orElse(type.defaultSubEvent()),
                    places.getOrDefault(id, List.of()), fatalities, evidence.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private static DateValue date(String iso) {
        return DateValue.parse(iso).orElse(null);
    }
}
