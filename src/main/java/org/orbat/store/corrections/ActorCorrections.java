package org.orbat.store.corrections;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.orbat.model.ActorKind;
import org.orbat.model.RelationType;

/**
 * Applies the corrections that concern an actor. Each is idempotent: applied again after a document is read anew
 * (which writes the pipeline's actor rows, names and aliases back), it leaves the knowledge base as the analyst left it.
 */
final class ActorCorrections {
    private static final String SYMMETRIC = List.of(RelationType.values()).stream().filter(RelationType::symmetric)
        .map(t -> "'" + t.code() + "'").collect(Collectors.joining(", "));

    private final Sql sql;

    ActorCorrections(Sql sql) {
        this.sql = sql;
    }

    CorrectionStatus apply(Correction c) throws SQLException {
        String actor = c.target();
        return switch (c.action()) {
            case MERGE_ACTORS -> merge(c, actor, c.required("into"));
            case RENAME_ACTOR -> ifActor(c, actor, () -> {
                sql.update("INSERT INTO aliases (actor_id, name, origin, note, document_id) SELECT id, name, 'correction', ?, ''"
                    + " FROM actors WHERE id = ? AND name <> ? ON CONFLICT DO NOTHING", note(c), actor, c.required("name"));
                sql.update("UPDATE actors SET name = ? WHERE id = ?", c.required("name"), actor);
            });
            case ADD_ALIAS -> ifActor(c, actor, () -> sql.update(
                "INSERT INTO aliases (actor_id, name, origin, note, document_id) VALUES (?, ?, 'correction', ?, '') ON CONFLICT DO NOTHING",
                actor, c.required("alias"), note(c)));
            case REMOVE_ALIAS -> ifActor(c, actor, () -> sql.update(
                "DELETE FROM aliases WHERE actor_id = ? AND LOWER(name) = LOWER(?)", actor, c.required("alias")));
            case SET_KIND -> ifActor(c, actor, () -> sql.update(
                "UPDATE actors SET kind = ? WHERE id = ?", ActorKind.fromCode(c.required("kind")).code(), actor));
            case SPLIT_ALIAS -> split(c, actor, c.required("alias"), c.required("id"));
            default -> throw new IllegalArgumentException(c.action().code() + " does not concern an actor");
        };
    }

    /** Everything said of {@code absorbed} is said of {@code kept}; its names become aliases of {@code kept}. */
    private CorrectionStatus merge(Correction c, String absorbed, String kept) throws SQLException {
        if (!actorExists(kept)) {
            return stale(c, "the actor kept, " + kept + ", no longer exists");
        }
        sql.update("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", kept, absorbed);
        // An event naming both keeps one row for the merged actor.
        sql.update("DELETE FROM event_actors WHERE actor_id = ? AND event_id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)",
            absorbed, kept);
        sql.update("UPDATE event_actors SET actor_id = ? WHERE actor_id = ?", kept, absorbed);
        sql.update("UPDATE relations SET source_actor = ? WHERE source_actor = ?", kept, absorbed);
        sql.update("UPDATE relations SET target_actor = ? WHERE target_actor = ?", kept, absorbed);
        // A relation between the two merged actors is now one of an actor with itself, which says nothing.
        sql.update("DELETE FROM evidence WHERE fact_id IN (SELECT id FROM relations WHERE source_actor = target_actor)");
        sql.update("DELETE FROM relations WHERE source_actor = target_actor");
        // Symmetric relations are stored with their parties in id order.
        sql.update("UPDATE relations SET source_actor = target_actor, target_actor = source_actor WHERE type IN (" + SYMMETRIC
            + ") AND source_actor > target_actor");
        sql.update("INSERT INTO aliases (actor_id, name, origin, note, document_id) SELECT ?, name, origin, note, document_id"
            + " FROM aliases WHERE actor_id = ? ON CONFLICT DO NOTHING", kept, absorbed);
        sql.update("INSERT INTO aliases (actor_id, name, origin, note, document_id) SELECT ?, name, 'correction', ?, ''"
            + " FROM actors WHERE id = ? ON CONFLICT DO NOTHING", kept, note(c), absorbed);
        sql.update("DELETE FROM aliases WHERE actor_id = ?", absorbed);
        sql.update("INSERT INTO lineage (actor_id, type, target_id, date) SELECT ?, type, target_id, date FROM lineage"
            + " WHERE actor_id = ? ON CONFLICT DO NOTHING", kept, absorbed);
        sql.update("INSERT INTO lineage (actor_id, type, target_id, date) SELECT actor_id, type, ?, date FROM lineage"
            + " WHERE target_id = ? ON CONFLICT DO NOTHING", kept, absorbed);
        sql.update("DELETE FROM lineage WHERE actor_id = ? OR target_id = ? OR actor_id = target_id", absorbed, absorbed);
        sql.update("DELETE FROM actors WHERE id = ?", absorbed);
        return applied(c, absorbed + " merged into " + kept);
    }

    /**
     * The mentions written {@code alias} go to a new actor, and so do the facts whose sentences name the actor only
     * by that alias; facts also read from another of the actor's names stay with it.
     */
    private CorrectionStatus split(Correction c, String actor, String alias, String newId) throws SQLException {
        if (!actorExists(actor) && !actorExists(newId)) {
            return stale(c, "neither " + actor + " nor " + newId + " exists");
        }
        sql.update("INSERT INTO actors (id, name, kind, discovered) SELECT ?, ?, kind, 1 FROM actors WHERE id = ? ON CONFLICT DO NOTHING",
            newId, c.value("name") == null ? alias : c.value("name"), actor);
        sql.update("INSERT INTO aliases (actor_id, name, origin, note, document_id) SELECT ?, name, origin, note, document_id"
            + " FROM aliases WHERE actor_id = ? AND LOWER(name) = LOWER(?) ON CONFLICT DO NOTHING", newId, actor, alias);
        sql.update("DELETE FROM aliases WHERE actor_id = ? AND LOWER(name) = LOWER(?)", actor, alias);
        sql.update("UPDATE mentions SET actor_id = ? WHERE actor_id = ? AND LOWER(text) = LOWER(?)", newId, actor, alias);
        String readFrom = "SELECT e.fact_id FROM evidence e JOIN mentions m ON m.document_id = e.document_id"
            + " AND m.sentence_idx = e.sentence_idx WHERE m.actor_id = ?";
        sql.update("UPDATE event_actors SET actor_id = ? WHERE actor_id = ? AND event_id IN (" + readFrom + ") AND event_id NOT IN ("
            + readFrom + ") AND event_id NOT IN (SELECT event_id FROM event_actors WHERE actor_id = ?)", newId, actor, newId, actor, newId);
        for (String end : List.of("source_actor", "target_actor")) {
            sql.update("UPDATE relations SET " + end + " = ? WHERE " + end + " = ? AND id IN (" + readFrom + ") AND id NOT IN ("
                + readFrom + ")", newId, actor, newId, actor);
        }
        return applied(c, "\"" + alias + "\" split off " + actor + " as " + newId);
    }

    private CorrectionStatus ifActor(Correction c, String actor, SqlStep step) throws SQLException {
        if (!actorExists(actor)) {
            return stale(c, "actor " + actor + " no longer exists");
        }
        step.run();
        return applied(c, "applied to " + actor);
    }

    private boolean actorExists(String id) throws SQLException {
        return sql.exists("SELECT 1 FROM actors WHERE id = ?", id);
    }

    static String note(Correction c) {
        return "correction #" + c.id() + " by " + c.editor() + ": " + c.reason();
    }

    private static CorrectionStatus applied(Correction c, String detail) {
        return new CorrectionStatus(c.id(), false, c.target(), null, detail);
    }

    private static CorrectionStatus stale(Correction c, String detail) {
        return new CorrectionStatus(c.id(), true, c.target(), null, detail);
    }

    /** One step of SQL. */
    @FunctionalInterface
    interface SqlStep {
        void run() throws SQLException;
    }
}
