package org.orbat.store.corrections;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the whole corrections log, oldest first, inside the caller's transaction, and records what each found.
 * Run after every write of a document and after each new correction: corrections are idempotent, so applying all of
 * them again costs a few indexed statements each and guarantees no write leaves an uncorrected fact behind.
 */
public final class CorrectionApplier {
    private final CorrectionLog log;
    private final ActorCorrections actors;
    private final FactCorrections facts;

    public CorrectionApplier(Connection connection) {
        Sql sql = new Sql(connection);
        this.log = new CorrectionLog(connection);
        this.actors = new ActorCorrections(sql);
        this.facts = new FactCorrections(sql);
    }

    /** Applies every correction; returns their statuses in log order. Does nothing for an empty log. */
    public List<CorrectionStatus> applyAll() throws SQLException {
        if (log.isEmpty()) {
            return List.of();
        }
        Map<Long, CorrectionStatus> before = log.statuses();
        List<CorrectionStatus> after = new ArrayList<>();
        for (Correction c : log.all()) {
            after.add(c.action().target() == CorrectionAction.Target.ACTOR && !c.action().adds()
                ? actors.apply(c) : facts.apply(c, before.get(c.id())));
        }
        log.saveStatuses(after);
        return after;
    }

    /**
     * Completes a correction before it is written: an event's is given what the event is now, so that it can be found
     * again when its article is read anew; a relation's target is put in stored order.
     */
    public Correction prepare(Correction draft) throws SQLException {
        return switch (draft.action()) {
            case REJECT_EVENT, CONFIRM_EVENT, FIX_EVENT -> draft.with(facts.describeEvent(draft.target()));
            case REJECT_RELATION, CONFIRM_RELATION, ADD_RELATION -> {
                String[] key = draft.target().split("\\|", -1);
                if (key.length != 3) {
                    throw new IllegalArgumentException("A relation is TYPE|SOURCE|TARGET, got " + draft.target());
                }
                yield new Correction(draft.id(), draft.madeAt(), draft.editor(), draft.reason(), draft.action(),
                    FactCorrections.relationKey(key[0], key[1], key[2]), draft.values());
            }
            default -> draft;
        };
    }

    /** The log, for listing. */
    public CorrectionLog log() {
        return log;
    }
}
