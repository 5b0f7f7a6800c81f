package org.orbat.model;

import java.util.List;
import java.util.Objects;

/**
 * An armed group, coalition, state, state force, governance body, person or reporting organization.
 *
 * @param id stable identifier ({@code a-hazm-movement})
 * @param name canonical name
 * @param kind what sort of actor this is
 * @param aliases every other name it is known by, each with its origin
 * @param lineage curated history (renames, mergers, splits)
 * @param discovered true when the actor was found in text and is not in the curated registry
 */
public record Actor(String id, String name, ActorKind kind, List<Alias> aliases, List<Lineage> lineage,
                    boolean discovered) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        lineage = lineage == null ? List.of() : List.copyOf(lineage);
    }
}
