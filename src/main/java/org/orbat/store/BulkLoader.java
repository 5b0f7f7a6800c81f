package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import org.orbat.model.Evidence;
import org.orbat.model.Place;

/**
 * Raw batched inserts for loading many rows at once (synthetic knowledge bases for benchmarks),
 * bypassing the per-document delete-and-replace of ingest. Used only inside
 * {@link JdbcKnowledgeBase#bulkLoad}, which runs it in one transaction; statements are flushed every
 * {@link #BATCH} rows. Not thread-safe.
 */
public final class BulkLoader {
    static final int BATCH = 10_000;

    private final Statement document;
    private final Statement actor;
    private final Statement alias;
    private final Statement lineage;
    private final Statement mention;
    private final Statement relation;
    private final Statement event;
    private final Statement eventActor;
    private final Statement eventPlace;
    private final Statement evidence;
    private final String now;

    BulkLoader(Connection c, Clock clock) throws SQLException {
        now = clock.instant().toString();
        document = new Statement(c, "INSERT INTO documents (id, source_key, path, source_id, title, outlet, url, published,"
            + " published_how, content_hash, body, ingested_at, language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        actor = new Statement(c, "INSERT INTO actors (id, name, kind, discovered) VALUES (?,?,?,?)");
        alias = new Statement(c, "INSERT INTO aliases (actor_id, name, origin, note, document_id) VALUES (?,?,?,?,?)");
        lineage = new Statement(c, "INSERT INTO lineage (actor_id, type, target_id, date) VALUES (?,?,?,?)");
        mention = new Statement(c, "INSERT INTO mentions (document_id, sentence_idx, token_begin, token_end, text, actor_id, rule)"
            + " VALUES (?,?,?,?,?,?,?)");
        relation = new Statement(c, "INSERT INTO relations (id, document_id, type, source_actor, target_actor, start_date,"
            + " end_date) VALUES (?,?,?,?,?,?,?)");
        event = new Statement(c, "INSERT INTO events (id, document_id, type, date, date_end, fatalities) VALUES (?,?,?,?,?,?)");
        eventActor = new Statement(c, "INSERT INTO event_actors (event_id, ord, actor_id) VALUES (?,?,?)");
        eventPlace = new Statement(c, "INSERT INTO event_places (event_id, ord, name, lat, lon, admin1, country, feature_class,"
            + " precision) VALUES (?,?,?,?,?,?,?,?,?)");
        evidence = new Statement(c, "INSERT INTO evidence (fact_id, ord, document_id, sentence_idx, text, reported_by,"
            + " fatalities, stance) VALUES (?,?,?,?,?,?,?,?)");
    }

    public void document(DocumentRecord d, String body) throws SQLException {
        document.add(d.id(), d.sourceKey(), d.path(), d.sourceId(), d.title(), d.outlet(), d.url(),
            DocumentWriter.iso(d.published()), d.publishedHow(), d.contentHash(), body, now,
            d.language().code());
    }

    public void actor(ActorRecord a) throws SQLException {
        actor.add(a.id(), a.name(), a.kind().code(), a.discovered() ? 1 : 0);
    }

    public void alias(AliasRecord a) throws SQLException {
        alias.add(a.actorId(), a.name(), a.origin(), a.note(), a.documentId());
    }

    public void lineage(LineageRecord l) throws SQLException {
        lineage.add(l.actorId(), l.type(), l.targetId(), DocumentWriter.iso(l.date()));
    }

    public void mention(String documentId, int sentence, int token, String text, String actorId, String rule)
            throws SQLException {
        mention.add(documentId, sentence, token, token + 1, text, actorId, rule);
    }

    public void relation(RelationRecord r, Evidence e) throws SQLException {
        relation.add(r.id(), r.documentId(), r.type().code(), r.source(), r.target(), DocumentWriter.iso(r.start()),
            DocumentWriter.iso(r.end()));
        evidence(r.id(), 0, e);
    }

    public void event(EventRecord e, Evidence ev) throws SQLException {
        event.add(e.id(), e.documentId(), e.type().code(), DocumentWriter.iso(e.date()), DocumentWriter.iso(e.dateEnd()),
            e.fatalities());
        for (int i = 0; i < e.actors().size(); i++) {
            eventActor.add(e.id(), i, e.actors().get(i));
        }
        for (int i = 0; i < e.places().size(); i++) {
            Place p = e.places().get(i);
            eventPlace.add(e.id(), i, p.name(), p.lat(), p.lon(), p.admin1(), p.country(), p.featureClass(), p.precision());
        }
        evidence(e.id(), 0, ev);
    }

    private void evidence(String factId, int ord, Evidence e) throws SQLException {
        evidence.add(factId, ord, e.documentId(), e.sentenceIndex(), e.text(), e.reportedBy(), e.fatalities(), e.stance().code());
    }

    void finish() throws SQLException {
        for (Statement s : new Statement[] {document, actor, alias, lineage, mention, relation, event, eventActor, eventPlace,
            evidence}) {
            s.flushAndClose();
        }
    }

    /** One prepared insert with its pending batch. */
    private static final class Statement {
        private final PreparedStatement ps;
        private int pending;

        Statement(Connection c, String sql) throws SQLException {
            ps = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                pending = 0;
            }
        }

        void flushAndClose() throws SQLException {
            try (ps) {
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
    }
}
