package org.orbat.store.corrections;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;
import org.orbat.model.RelationType;

/**
 * Applies the corrections that concern an event or a relation: reject, confirm, fix, or add one by hand.
 *
 * <p>An event is found by its id while its article is unchanged; once the article is read anew (changed, or read by a
 * newer pipeline) its events may be numbered differently, so the event is found again by what it was when corrected:
 * the same article, type and actors. If none matches, the correction is stale.
 */
final class FactCorrections {
    private final Sql sql;

    FactCorrections(Sql sql) {
        this.sql = sql;
    }

    /** What an event is now, recorded with a correction so that it can be found again ({@code was_*} values). */
    Map<String, String> describeEvent(String eventId) throws SQLException {
        String document = sql.string("SELECT document_id FROM events WHERE id = ?", eventId);
        if (document == null) {
            throw new IllegalArgumentException("No event " + eventId);
        }
        return Map.of("was_document", document, "was_type", sql.string("SELECT type FROM events WHERE id = ?", eventId),
            "was_actors", actorsOf(eventId));
    }

    /** The relation key {@code type|source|target} with a symmetric relation's parties in stored order. */
    static String relationKey(String type, String source, String target) {
        RelationType t = RelationType.fromCode(type);
        boolean swap = t.symmetric() && source.compareTo(target) > 0;
        return t.code() + "|" + (swap ? target : source) + "|" + (swap ? source : target);
    }

    CorrectionStatus apply(Correction c, CorrectionStatus before) throws SQLException {
        return switch (c.action()) {
            case REJECT_EVENT, CONFIRM_EVENT, FIX_EVENT -> onEvent(c, before);
            case ADD_EVENT -> addEvent(c);
            case REJECT_RELATION, CONFIRM_RELATION -> onRelation(c);
            case ADD_RELATION -> addRelation(c);
            default -> throw new IllegalArgumentException(c.action().code() + " does not concern an event or a relation");
        };
    }

    private CorrectionStatus onEvent(Correction c, CorrectionStatus before) throws SQLException {
        String document = c.required("was_document");
        String basis = sql.string("SELECT content_hash FROM documents WHERE id = ?", document);
        String unchangedTarget = before != null && !before.stale() && Objects.equals(before.basis(), basis) ? before.target() : null;
        String event = locate(c, unchangedTarget != null ? unchangedTarget : c.target(), unchangedTarget != null, document);
        if (event == null) {
            if (c.action() == CorrectionAction.REJECT_EVENT && unchangedTarget != null) {
                return new CorrectionStatus(c.id(), false, unchangedTarget, basis, "rejected; its article is unchanged");
            }
            return new CorrectionStatus(c.id(), true, before == null ? c.target() : before.target(), basis,
                basis == null ? "its article " + document + " is no longer in the knowledge base"
                    : "its article " + document + " no longer states a " + c.value("was_type") + " event of " + c.value("was_actors"));
        }
        switch (c.action()) {
            case REJECT_EVENT -> deleteEvent(event);
            case FIX_EVENT -> fixEvent(c, event);
            default -> {
                // a confirmation changes nothing; its record and status are what evidence shows
            }
        }
        String verb = switch (c.action()) {
            case REJECT_EVENT -> "rejected";
            case FIX_EVENT -> "fixed";
            default -> "confirmed";
        };
        return new CorrectionStatus(c.id(), false, event, basis, verb + (event.equals(c.target()) ? "" : " (now " + event + ")"));
    }

    /** The event a correction concerns, or null: by id if its article is unchanged or it still matches, else by what it was. */
    private String locate(Correction c, String id, boolean articleUnchanged, String document) throws SQLException {
        String type = sql.string("SELECT type FROM events WHERE id = ? AND document_id = ?", id, document);
        if (type != null && (articleUnchanged || matches(c, id, type))) {
            return id;
        }
        for (String candidate : sql.strings("SELECT id FROM events WHERE document_id = ? AND type = ? ORDER BY LENGTH(id), id",
                document, c.value("was_type"))) {
            if (matches(c, candidate, c.value("was_type"))) {
                return candidate;
            }
        }
        return null;
    }

    private boolean matches(Correction c, String event, String type) throws SQLException {
        return type.equals(c.value("was_type")) && actorsOf(event).equals(c.value("was_actors"));
    }

    private String actorsOf(String event) throws SQLException {
        return String.join(",", sql.strings("SELECT DISTINCT actor_id FROM event_actors WHERE event_id = ? ORDER BY actor_id", event));
    }

    private void deleteEvent(String event) throws SQLException {
        for (String table : List.of("event_actors", "event_places")) {
            sql.update("DELETE FROM " + table + " WHERE event_id = ?", event);
        }
        sql.update("DELETE FROM evidence WHERE fact_id = ?", event);
        sql.update("DELETE FROM events WHERE id = ?", event);
        // Reports merged with the rejected one stay one event: the first of them (in id order) names it now, and a
        // report left alone is merged with none. The next ingest's merging pass would come to the same.
        List<String> rest = sql.strings("SELECT id FROM events WHERE merged_id = ? ORDER BY id", event);
        if (rest.size() == 1) {
            sql.update("UPDATE events SET merged_id = NULL WHERE id = ?", rest.get(0));
        } else if (!rest.isEmpty()) {
            sql.update("UPDATE events SET merged_id = ? WHERE merged_id = ?", rest.get(0), event);
        }
    }

    private void fixEvent(Correction c, String event) throws SQLException {
        if (c.value("type") != null) {
            sql.update("UPDATE events SET type = ?, sub_event_type = NULL WHERE id = ?", EventType.fromCode(c.value("type")).code(), event);
        }
        if (c.value("date") != null) {
            sql.update("UPDATE events SET date = ?, date_end = NULL WHERE id = ?", date(c.value("date")), event);
        }
        if (c.value("fatalities") != null) {
            int toll = Integer.parseInt(c.value("fatalities"));
            sql.update("UPDATE events SET fatalities = ? WHERE id = ?", toll, event);
            // The toll read from the report is what merged events and toll ranges are made of, so it is corrected too
            // (the sentence itself stays verbatim): on the sentences that gave a toll, else on the first.
            if (sql.update("UPDATE evidence SET fatalities = ? WHERE fact_id = ? AND fatalities IS NOT NULL", toll, event) == 0) {
                sql.update("UPDATE evidence SET fatalities = ? WHERE fact_id = ? AND ord = 0", toll, event);
            }
        }
        if (c.value("place_name") != null) {
            sql.update("DELETE FROM event_places WHERE event_id = ?", event);
            insertPlace(c, event);
        }
        if (c.value("side1") != null || c.value("side2") != null) {
            setSides(event, ids(c.value("side1")), ids(c.value("side2")));
        }
    }

    private void setSides(String event, List<String> side1, List<String> side2) throws SQLException {
        sql.update("UPDATE event_actors SET side = 0 WHERE event_id = ?", event);
        for (int side = 1; side <= 2; side++) {
            for (String actor : side == 1 ? side1 : side2) {
                if (sql.update("UPDATE event_actors SET side = ? WHERE event_id = ? AND actor_id = ?", side, event, actor) == 0) {
                    String next = sql.string("SELECT COALESCE(MAX(ord), -1) + 1 FROM event_actors WHERE event_id = ?", event);
                    sql.update("INSERT INTO event_actors (event_id, ord, actor_id, side) VALUES (?, ?, ?, ?)",
                        event, Integer.parseInt(next), actor, side);
                }
            }
        }
    }

    private void insertPlace(Correction c, String event) throws SQLException {
        sql.update("INSERT INTO event_places (event_id, ord, name, lat, lon, admin1, country, feature_class, precision)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'exact')", event, c.required("place_name"),
            Double.parseDouble(c.required("place_lat")), Double.parseDouble(c.required("place_lon")), c.value("place_admin1"),
            c.value("place_country"), c.value("place_feature"));
    }

    private CorrectionStatus addEvent(Correction c) throws SQLException {
        List<String> side1 = ids(c.value("side1"));
        List<String> side2 = ids(c.value("side2"));
        List<String> missing = missingActors(side1, side2);
        if (!missing.isEmpty()) {
            return new CorrectionStatus(c.id(), true, addedId(c), null, "no such actor: " + String.join(", ", missing));
        }
        String id = addedId(c);
        if (!sql.exists("SELECT 1 FROM events WHERE id = ?", id)) {
            String fatalities = c.value("fatalities");
            sql.update("INSERT INTO events (id, document_id, type, date, date_end, fatalities, sub_event_type) VALUES (?, ?, ?, ?, NULL, ?, NULL)",
                id, id, EventType.fromCode(c.required("type")).code(), date(c.value("date")),
                fatalities == null ? null : Integer.valueOf(fatalities));
            setSides(id, side1, side2);
            if (c.value("place_name") != null) {
                insertPlace(c, id);
            }
            insertEvidence(c, id, fatalities == null ? null : Integer.valueOf(fatalities));
        }
        return new CorrectionStatus(c.id(), false, id, null, "added by hand");
    }

    private CorrectionStatus onRelation(Correction c) throws SQLException {
        String[] key = c.target().split("\\|", -1);
        List<String> missing = missingActors(List.of(key[1]), List.of(key[2]));
        if (!missing.isEmpty()) {
            return new CorrectionStatus(c.id(), true, c.target(), null, "no such actor: " + String.join(", ", missing));
        }
        String statements = "SELECT id FROM relations WHERE type = ? AND source_actor = ? AND target_actor = ?";
        if (c.action() == CorrectionAction.REJECT_RELATION) {
            sql.update("DELETE FROM evidence WHERE fact_id IN (" + statements + ")", key[0], key[1], key[2]);
            int removed = sql.update("DELETE FROM relations WHERE type = ? AND source_actor = ? AND target_actor = ?", key[0], key[1], key[2]);
            return new CorrectionStatus(c.id(), false, c.target(), null, "rejected (" + removed + " statement(s) removed now)");
        }
        boolean stated = sql.exists(statements, key[0], key[1], key[2]);
        return new CorrectionStatus(c.id(), !stated, c.target(), null, stated ? "confirmed" : "no report states it any longer");
    }

    private CorrectionStatus addRelation(Correction c) throws SQLException {
        String[] key = c.target().split("\\|", -1);
        List<String> missing = missingActors(List.of(key[1]), List.of(key[2]));
        String id = addedId(c);
        if (!missing.isEmpty()) {
            return new CorrectionStatus(c.id(), true, c.target(), null, "no such actor: " + String.join(", ", missing));
        }
        if (!sql.exists("SELECT 1 FROM relations WHERE id = ?", id)) {
            sql.update("INSERT INTO relations (id, document_id, type, source_actor, target_actor, start_date, end_date) VALUES (?,?,?,?,?,?,?)",
                id, id, key[0], key[1], key[2], date(c.value("start")), date(c.value("end")));
            insertEvidence(c, id, null);
        }
        return new CorrectionStatus(c.id(), false, c.target(), null, "added by hand as " + id);
    }

    /** A fact added by hand has the correction as its one report: the editor's note, and the source the editor names. */
    private void insertEvidence(Correction c, String id, Integer fatalities) throws SQLException {
        String text = c.value("note") == null ? c.reason() : c.value("note");
        sql.update("INSERT INTO evidence (fact_id, ord, document_id, sentence_idx, text, reported_by, fatalities, stance)"
            + " VALUES (?, 0, ?, 0, ?, ?, ?, 'asserted')", id, id, text, c.value("source_note"), fatalities);
    }

    private List<String> missingActors(List<String> a, List<String> b) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (List<String> side : List.of(a, b)) {
            for (String actor : side) {
                if (!sql.exists("SELECT 1 FROM actors WHERE id = ?", actor)) {
                    missing.add(actor);
                }
            }
        }
        return missing;
    }

    /** The id of the fact a correction adds, "correction-N", never one the pipeline writes. */
    static String addedId(Correction c) {
        return "correction-" + c.id();
    }

    private static List<String> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.split("\\s*,\\s*"));
    }

    private static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        return DateValue.parse(iso).orElseThrow(() -> new IllegalArgumentException("Not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso)).iso();
    }
}
