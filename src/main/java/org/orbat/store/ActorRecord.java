package org.orbat.store;

import java.util.Objects;
import org.orbat.model.ActorKind;

/**
 * One row of the actors table, without its aliases or lineage.
 *
 * @param id stable identifier
 * @param name canonical name
 * @param kind what sort of actor it is
 * @param discovered true when found in text rather than curated
 */
public record ActorRecord(String id, String name, ActorKind kind, boolean discovered) {
    public ActorRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
