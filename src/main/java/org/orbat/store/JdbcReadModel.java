package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

/**
 * {@link ReadModel} over a {@link JdbcKnowledgeBase}: parameterised statements only, each served by
 * an index of the V1 schema or of {@code V2__query_indexes.sql}. Shares the knowledge base's lock,
 * so threads may share an instance (their reads run one at a time).
 */
final class JdbcReadModel implements ReadModel {
    private static final int IN_CHUNK = 500;
    private static final int WHOLE_TABLE = 2_000;
    private static final String ACTOR_COLUMNS = "id, name, kind, discovered";
    private static final String RELATION_COLUMNS = "id, document_id, type, source_actor, target_actor, start_date, end_date";
    private static final String DOCUMENT_COLUMNS = "id, source_key, path, source_id, title, outlet, url, published,"
        + " published_how, content_hash, language";
    private static final String EVENT_COLUMNS = "e.id, e.document_id, e.type, e.date, e.date_end, e.fatalities, e.merged_id";

    private final JdbcKnowledgeBase kb;

    JdbcReadModel(JdbcKnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Optional<ActorRecord> findActor(String id) {
        return kb.read("actor " + id, c -> {
            List<ActorRecord> found = query(c, "SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id = ?",
                JdbcReadModel::actor, id);
            return found.stream().findFirst();
        });
    }

    @Override
    public Map<String, ActorRecord> actors(Collection<String> ids) {
        return kb.read("actors", c -> {
            Map<String, ActorRecord> out = new LinkedHashMap<>();
            if (ids.size() > WHOLE_TABLE) {
                // Naming a whole network: one pass over the actors beats dozens of IN lists.
                Set<String> wanted = new HashSet<>(ids);
                Optional<List<String[]>> packed = PackedRows.query(c, "FROM actors",
                    List.of("id", "name", "kind", "discovered"));
                if (packed.isEmpty()) {
                    for (ActorRecord a : query(c, "SELECT " + ACTOR_COLUMNS + " FROM actors", JdbcReadModel::actor)) {
                        if (wanted.contains(a.id())) {
                            out.put(a.id(), a);
                        }
                    }
                    return out;
                }
                Map<String, ActorKind> kinds = new HashMap<>();
                for (String[] a : packed.get()) {
                    if (wanted.contains(a[0])) {
                        out.put(a[0], new ActorRecord(a[0], a[1], kinds.computeIfAbsent(a[2], ActorKind::fromCode),
                            "1".equals(a[3])));
                    }
                }
                return out;
            }
            for (List<String> chunk : chunks(ids)) {
                for (ActorRecord a : query(c, "SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id IN (" + marks(chunk.size()) + ")",
                        JdbcReadModel::actor, chunk.toArray())) {
                    out.put(a.id(), a);
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, String> actorNames() {
        return kb.read("actor names", c -> {
            Map<String, String> out = new HashMap<>();
            // The name column is NOT NULL, so an empty field is an empty name.
            boolean whole = PackedRows.scan(c, "FROM actors", List.of("id", "name"),
                a -> out.put(a.text(0), Objects.requireNonNullElse(a.text(1), "")));
            if (!whole) {
                out.clear();
                query(c, "SELECT id, name FROM actors", rs -> out.put(rs.getString(1), rs.getString(2)));
            }
            return out;
        });
    }

    @Override
    public String changeToken() {
        return kb.changeToken();
    }

    @Override
    public List<String> actorIdsNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return kb.read("actor named " + name, c -> {
            LinkedHashSet<String> ids = new LinkedHashSet<>(query(c,
                "SELECT id FROM actors WHERE lower(name) = ? ORDER BY id", rs -> rs.getString(1), lower));
            ids.addAll(query(c, "SELECT DISTINCT actor_id FROM aliases WHERE lower(name) = ? ORDER BY actor_id",
                rs -> rs.getString(1), lower));
            return List.copyOf(ids);
        });
    }

    @Override
    public List<ActorCountRecord> actorsByMentions(String filter, int offset, int limit) {
        boolean all = filter == null || filter.isBlank();
        String like = all ? null : "%" + filter.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        String where = all ? "" : " WHERE lower(a.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM aliases al"
            + " WHERE al.actor_id = a.id AND lower(al.name) LIKE ? ESCAPE '\\')";
        // Unfiltered, one grouped pass over the mentions index; filtered, count only the actors that match.
        String sql = all
            ? "SELECT a.id, a.name, a.kind, a.discovered, COALESCE(m.n, 0) AS mentions FROM actors a"
                + " LEFT JOIN (SELECT actor_id, COUNT(*) AS n FROM mentions GROUP BY actor_id) m ON m.actor_id = a.id"
                + " ORDER BY mentions DESC, a.name, a.id LIMIT ? OFFSET ?"
            : "SELECT a.id, a.name, a.kind, a.discovered, (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id)"
                + " AS mentions FROM actors a" + where + " ORDER BY mentions DESC, a.name, a.id LIMIT ? OFFSET ?";
        Object[] params = all ? new Object[] {limit, offset} : new Object[] {like, like, limit, offset};
        return kb.read("actors", c -> query(c, sql, rs -> new ActorCountRecord(actor(rs), rs.getLong(5)), params));
    }

    @Override
    public List<AliasRecord> aliases(String actorId) {
        return kb.read("aliases of " + actorId, c -> query(c,
            "SELECT actor_id, name, origin, note, document_id FROM aliases WHERE actor_id = ? ORDER BY name, document_id",
            rs -> new AliasRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
            actorId));
    }

    @Override
    public long mentionCount(String actorId) {
        return kb.read("mentions of " + actorId, c -> query(c, "SELECT COUNT(*) FROM mentions WHERE actor_id = ?",
            rs -> rs.getLong(1), actorId).get(0));
    }

    @Override
    public List<LineageRecord> lineage(String actorId) {
        return kb.read("lineage of " + actorId, c -> query(c,
            "SELECT actor_id, type, target_id, date FROM lineage WHERE actor_id = ?"
                + " UNION SELECT actor_id, type, target_id, date FROM lineage WHERE target_id = ?",
            rs -> new LineageRecord(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4))),
            actorId, actorId));
    }

    @Override
    public List<RelationRecord> relationsOf(String actorId) {
        return kb.read("relations of " + actorId, c -> query(c,
            "SELECT " + RELATION_COLUMNS + " FROM relations WHERE source_actor = ?"
                + " UNION ALL SELECT " + RELATION_COLUMNS + " FROM relations WHERE target_actor = ? AND source_actor <> ?",
            JdbcReadModel::relation, actorId, actorId, actorId));
    }

    @Override
    public RelationTable relationsStartedBy(DateValue at, ActorNumbering actors) {
        return kb.read("relations at " + at, c -> RelationTableReader.startedBy(c, at, actors));
    }

    @Override
    public Optional<RelationRecord> findRelation(String id) {
        return kb.read("relation " + id, c -> query(c, "SELECT " + RELATION_COLUMNS + " FROM relations WHERE id = ?",
            JdbcReadModel::relation, id).stream().findFirst());
    }

    @Override
    public Optional<EventRecord> findEvent(String id) {
        return kb.read("event " + id, c -> withDetails(c, query(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?",
            JdbcReadModel::eventRow, id)).stream().findFirst());
    }

    @Override
    public List<EventRecord> events(EventFilter filter) {
        return kb.read("events", c -> {
            long actorEvents = filter.actorId() == null ? 0 : query(c,
                "SELECT COUNT(*) FROM event_actors WHERE actor_id = ?", rs -> rs.getLong(1), filter.actorId()).get(0);
            EventSql sql = EventSql.of(filter, EventSql.shouldProbe(filter, actorEvents));
            return query(c, sql.text(), JdbcReadModel::eventRow, sql.params());
        });
    }

    @Override
    public Map<String, List<Event>> reportsOf(Collection<String> eventIds) {
        return kb.read("events", c -> new ReportReader(c).reportsOf(eventIds));
    }

    @Override
    public List<Evidence> evidence(String factId) {
        return kb.read("evidence of " + factId, c -> query(c,
            "SELECT document_id, sentence_idx, text, reported_by, fatalities, stance FROM evidence WHERE fact_id = ? ORDER BY ord",
            rs -> new Evidence(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), integer(rs, 5),
                Stance.fromCode(rs.getString(6))), factId));
    }

    @Override
    public Map<String, DocumentRecord> documents(Collection<String> ids) {
        return kb.read("documents", c -> {
            Map<String, DocumentRecord> out = new LinkedHashMap<>();
            for (List<String> chunk : chunks(ids)) {
                for (DocumentRecord d : query(c, "SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id IN ("
                        + marks(chunk.size()) + ")", JdbcReadModel::document, chunk.toArray())) {
                    out.put(d.id(), d);
                }
            }
            return out;
        });
    }

    @Override
    public List<String> placeNames() {
        return kb.read("place names", c -> query(c, "SELECT name FROM event_places UNION SELECT admin1 FROM event_places"
            + " WHERE admin1 IS NOT NULL", rs -> rs.getString(1)));
    }

    @Override
    public Optional<DocumentRecord> findDocument(String key) {
        return kb.read("document " + key, c -> query(c, "SELECT " + DOCUMENT_COLUMNS + ", CASE WHEN id = ? THEN 0 ELSE 1 END"
                + " FROM documents WHERE id = ? OR source_id = ? OR path = ? OR path LIKE ? ESCAPE '!' ORDER BY 12, id",
            JdbcReadModel::document, key, key, key, key, "%/" + likeLiteral(key)).stream().findFirst());
    }

    @Override
    public List<DocumentCountRecord> documentsByDate(int offset, int limit) {
        return kb.read("documents", c -> query(c, "SELECT " + DOCUMENT_COLUMNS + ","
                + " (SELECT COUNT(*) FROM relations r WHERE r.document_id = d.id),"
                + " (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id)"
                + " FROM documents d ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id"
                + " LIMIT ? OFFSET ?",
            rs -> new DocumentCountRecord(document(rs), rs.getLong(12), rs.getLong(13)), limit, offset));
    }

    @Override
    public List<RelationRecord> relationsIn(String documentId) {
        return kb.read("relations of document " + documentId, c -> query(c,
            "SELECT " + RELATION_COLUMNS + " FROM relations WHERE document_id = ? ORDER BY LENGTH(id), id",
            JdbcReadModel::relation, documentId));
    }

    @Override
    public List<EventRecord> eventsIn(String documentId) {
        return kb.read("events of document " + documentId, c -> withDetails(c, query(c,
            "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.document_id = ? ORDER BY LENGTH(e.id), e.id", JdbcReadModel::eventRow,
            documentId)));
    }

    /** {@code text} for a LIKE pattern escaped with {@code !}: its wildcards match themselves. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static DocumentRecord document(ResultSet rs) throws SQLException {
        return new DocumentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), date(rs.getString(8)), rs.getString(9), rs.getString(10),
            Language.fromCode(rs.getString(11)));
    }

    /** Adds actors and places to event rows, two indexed reads for the whole page. */
    private static List<EventRecord> withDetails(Connection c, List<EventRecord> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, List<Place>> places = new LinkedHashMap<>();
        for (List<String> chunk : chunks(rows.stream().map(EventRecord::id).toList())) {
            String in = marks(chunk.size());
            for (String[] pair : query(c, "SELECT event_id, actor_id FROM event_actors WHERE event_id IN (" + in
                    + ") ORDER BY event_id, ord", rs -> new String[] {rs.getString(1), rs.getString(2)}, chunk.toArray())) {
                actors.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
            }
            for (Map.Entry<String, Place> e : query(c, "SELECT event_id, name, lat, lon, admin1, country, feature_class,"
                    + " precision FROM event_places WHERE event_id IN (" + in + ") ORDER BY event_id, ord",
                    rs -> Map.entry(rs.getString(1), new Place(rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))), chunk.toArray())) {
                places.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        return rows.stream().map(r -> new EventRecord(r.id(), r.documentId(), r.type(), r.date(), r.dateEnd(),
            r.fatalities(), actors.getOrDefault(r.id(), List.of()), places.getOrDefault(r.id(), List.of()), r.mergedId())).toList();
    }

    /** Maps one result row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    private static ActorRecord actor(ResultSet rs) throws SQLException {
        return new ActorRecord(rs.getString(1), rs.getString(2), ActorKind.fromCode(rs.getString(3)), rs.getInt(4) == 1);
    }

    private static RelationRecord relation(ResultSet rs) throws SQLException {
        return new RelationRecord(rs.getString(1), rs.getString(2), RelationType.fromCode(rs.getString(3)),
            rs.getString(4), rs.getString(5), date(rs.getString(6)), date(rs.getString(7)));
    }

    private static EventRecord eventRow(ResultSet rs) throws SQLException {
        return new EventRecord(rs.getString(1), rs.getString(2), EventType.fromCode(rs.getString(3)),
            date(rs.getString(4)), date(rs.getString(5)), integer(rs, 6), List.of(), List.of(), rs.getString(7));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
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
        for (int i = 0; i < list.size(); i += IN_CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + IN_CHUNK)));
        }
        return out;
    }

    @Override
    public List<org.orbat.store.corrections.CorrectionEntry> corrections() {
        return kb.corrections();
    }
}
