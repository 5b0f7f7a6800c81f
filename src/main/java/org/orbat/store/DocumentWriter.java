package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.ingest.StorySignature;
import org.orbat.model.Actor;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.model.Lineage;
import org.orbat.model.Place;
import org.orbat.model.Relation;

/**
 * Writes one document's facts inside the caller's transaction: first deletes whatever the same
 * document stored before, then inserts in batches. Actors are shared between documents and upserted.
 */
final class DocumentWriter {
    private static final String[] PER_DOCUMENT_DELETES = {
        "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE document_id = ?)",
        "DELETE FROM event_places WHERE event_id IN (SELECT id FROM events WHERE document_id = ?)",
        "DELETE FROM evidence WHERE document_id = ?",
        "DELETE FROM events WHERE document_id = ?",
        "DELETE FROM relations WHERE document_id = ?",
        "DELETE FROM mentions WHERE document_id = ?",
        "DELETE FROM aliases WHERE document_id = ?",
        "DELETE FROM sentences WHERE document_id = ?",
        "DELETE FROM story_bands WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?",
    };

    private final Connection connection;
    private final Clock clock;

    DocumentWriter(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    void replace(DocumentFacts facts) throws SQLException {
        String docId = facts.document().id();
        for (String sql : PER_DOCUMENT_DELETES) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, docId);
                ps.executeUpdate();
            }
        }
        insertDocument(facts);
        insertSentences(facts);
        insertStoryBands(facts);
        upsertActors(facts);
        insertMentions(facts);
        insertRelations(facts);
        insertEvents(facts);
    }

    private void insertDocument(DocumentFacts facts) throws SQLException {
        DocumentRecord d = facts.document();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO documents (id, source_key, path, source_id, title, outlet, url, published, published_how,"
                    + " content_hash, body, ingested_at, language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, d.id());
            ps.setString(2, d.sourceKey());
            ps.setString(3, d.path());
            ps.setString(4, d.sourceId());
            ps.setString(5, d.title());
            ps.setString(6, d.outlet());
            ps.setString(7, d.url());
            ps.setString(8, iso(d.published()));
            ps.setString(9, d.publishedHow());
            ps.setString(10, d.contentHash());
            ps.setString(11, facts.body());
            ps.setString(12, clock.instant().toString());
            ps.setString(13, d.language().code());
            ps.executeUpdate();
        }
    }

    private void insertSentences(DocumentFacts facts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sentences (document_id, idx, begin_offset, end_offset, text) VALUES (?,?,?,?,?)")) {
            for (SentenceRecord s : facts.sentences()) {
                ps.setString(1, facts.document().id());
                ps.setInt(2, s.index());
                ps.setInt(3, s.begin());
                ps.setInt(4, s.end());
                ps.setString(5, s.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The story's MinHash bands, so that the same story from another outlet is recognised later. */
    private void insertStoryBands(DocumentFacts facts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO story_bands (band, document_id) VALUES (?,?) ON CONFLICT DO NOTHING")) {
            for (String band : StorySignature.of(facts.body()).bands()) {
                ps.setString(1, band);
                ps.setString(2, facts.document().id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertActors(DocumentFacts facts) throws SQLException {
        String docId = facts.document().id();
        try (PreparedStatement actor = connection.prepareStatement(
                // Of the documents that name an actor, the one with the greatest id gives its name (V8__actor_named_by).
                "INSERT INTO actors (id, name, kind, discovered, named_by) VALUES (?,?,?,?,?)"
                    + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, discovered = excluded.discovered,"
                    + " named_by = excluded.named_by WHERE actors.named_by IS NULL OR excluded.named_by >= actors.named_by");
             PreparedStatement alias = connection.prepareStatement(
                "INSERT INTO aliases (actor_id, name, origin, note, document_id) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING");
             PreparedStatement lineage = connection.prepareStatement(
                "INSERT INTO lineage (actor_id, type, target_id, date) VALUES (?,?,?,?) ON CONFLICT DO NOTHING")) {
            // Writers of different documents upsert shared actor rows; one fixed order keeps them from deadlocking.
            List<Actor> sorted = new ArrayList<>(facts.actors());
            sorted.sort(Comparator.comparing(Actor::id));
            for (Actor a : sorted) {
                actor.setString(1, a.id());
                actor.setString(2, a.name());
                actor.setString(3, a.kind().code());
                actor.setInt(4, a.discovered() ? 1 : 0);
                actor.setString(5, docId);
                actor.addBatch();
                for (Alias al : a.aliases()) {
                    boolean curated = "registry".equals(al.origin());
                    alias.setString(1, a.id());
                    alias.setString(2, al.name());
                    alias.setString(3, al.origin());
                    alias.setString(4, al.note());
                    alias.setString(5, curated ? "" : docId);
                    alias.addBatch();
                }
                for (Lineage l : a.lineage()) {
                    if (l.target() == null) {
                        continue;
                    }
                    lineage.setString(1, a.id());
                    lineage.setString(2, l.type());
                    lineage.setString(3, l.target());
                    lineage.setString(4, iso(l.date()));
                    lineage.addBatch();
                }
            }
            actor.executeBatch();
            alias.executeBatch();
            lineage.executeBatch();
        }
    }

    private void insertMentions(DocumentFacts facts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO mentions (document_id, sentence_idx, token_begin, token_end, text, actor_id, rule)"
                    + " VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            for (ActorMention m : facts.mentions()) {
                ps.setString(1, facts.document().id());
                ps.setInt(2, m.sentence());
                ps.setInt(3, m.tokenBegin());
                ps.setInt(4, m.tokenEnd());
                ps.setString(5, m.text());
                ps.setString(6, m.actorId());
                ps.setString(7, m.rule());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertRelations(DocumentFacts facts) throws SQLException {
        String docId = facts.document().id();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO relations (id, document_id, type, source_actor, target_actor, start_date, end_date)"
                    + " VALUES (?,?,?,?,?,?,?)");
             EvidenceInserter evidence = new EvidenceInserter(connection)) {
            int n = 0;
            for (Relation r : facts.relations()) {
                String id = docId + "-r" + (n++);
                ps.setString(1, id);
                ps.setString(2, docId);
                ps.setString(3, r.type().code());
                ps.setString(4, r.source());
                ps.setString(5, r.target());
                ps.setString(6, iso(r.start()));
                ps.setString(7, iso(r.end()));
                ps.addBatch();
                evidence.add(id, 0, r.evidence());
            }
            ps.executeBatch();
            evidence.flush();
        }
    }

    private void insertEvents(DocumentFacts facts) throws SQLException {
        try (PreparedStatement ev = connection.prepareStatement(
                "INSERT INTO events (id, document_id, type, date, date_end, fatalities, sub_event_type) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement actors = connection.prepareStatement(
                "INSERT INTO event_actors (event_id, ord, actor_id, side) VALUES (?,?,?,?)");
             PreparedStatement places = connection.prepareStatement(
                "INSERT INTO event_places (event_id, ord, name, lat, lon, admin1, country, feature_class, precision)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)");
             EvidenceInserter evidence = new EvidenceInserter(connection)) {
            for (Event e : facts.events()) {
                ev.setString(1, e.id());
                ev.setString(2, facts.document().id());
                ev.setString(3, e.type().code());
                ev.setString(4, iso(e.date()));
                ev.setString(5, iso(e.dateEnd()));
                if (e.fatalities() == null) {
                    ev.setNull(6, Types.INTEGER);
                } else {
                    ev.setInt(6, e.fatalities());
                }
                ev.setString(7, e.subEvent() == null ? null : e.subEvent().code());
                ev.addBatch();
                for (int i = 0; i < e.actors().size(); i++) {
                    String actor = e.actors().get(i);
                    actors.setString(1, e.id());
                    actors.setInt(2, i);
                    actors.setString(3, actor);
                    actors.setInt(4, e.sideCode(actor));
                    actors.addBatch();
                }
                for (int i = 0; i < e.locations().size(); i++) {
                    Place p = e.locations().get(i);
                    places.setString(1, e.id());
                    places.setInt(2, i);
                    places.setString(3, p.name());
                    places.setDouble(4, p.lat());
                    places.setDouble(5, p.lon());
                    places.setString(6, p.admin1());
                    places.setString(7, p.country());
                    places.setString(8, p.featureClass());
                    places.setString(9, p.precision());
                    places.addBatch();
                }
                int ord = 0;
                for (Evidence x : e.evidence()) {
                    evidence.add(e.id(), ord++, x);
                }
            }
            ev.executeBatch();
            actors.executeBatch();
            places.executeBatch();
            evidence.flush();
        }
    }

    static String iso(DateValue d) {
        return d == null ? null : d.iso();
    }
}
