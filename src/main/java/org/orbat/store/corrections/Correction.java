package org.orbat.store.corrections;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the corrections log: who changed what, when and why. Never updated or deleted once written.
 *
 * @param id the log's sequence number, 0 for a correction not yet written
 * @param madeAt when it was written
 * @param editor who made it
 * @param reason why, in the editor's words
 * @param action what it does
 * @param target the actor id, event id or {@code type|source|target} of a relation it concerns
 * @param values the action's values (see {@link CorrectionAction}); for an event, also what the event was when
 *     corrected ({@code was_document}, {@code was_type}, {@code was_actors}), so it can be found again after its
 *     article is read anew
 */
public record Correction(long id, Instant madeAt, String editor, String reason, CorrectionAction action, String target,
                         Map<String, String> values) {
    public Correction {
        Objects.requireNonNull(action, "action");
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("A correction needs its editor's name");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("A correction needs a target (" + action.target().name().toLowerCase() + ")");
        }
        values = Map.copyOf(values);
    }

    /** A correction not yet in the log. */
    public static Correction draft(String editor, String reason, CorrectionAction action, String target, Map<String, String> values) {
        return new Correction(0, Instant.EPOCH, editor, reason, action, target, values);
    }

    /** A value, or null. */
    public String value(String key) {
        return values.get(key);
    }

    /** A value the action needs. */
    public String required(String key) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(action.code() + " needs " + key);
        }
        return v;
    }

    /** The same correction with more values, sorted by key. */
    Correction with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(values);
        all.putAll(more);
        return new Correction(id, madeAt, editor, reason, action, target, all);
    }

    /** The same correction as written to the log. */
    Correction written(long newId, Instant at) {
        return new Correction(newId, at, editor, reason, action, target, values);
    }
}
