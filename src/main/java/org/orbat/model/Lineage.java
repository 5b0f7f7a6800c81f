package org.orbat.model;

import java.util.Objects;

/**
 * One step in an actor's history, curated in the registry: renamed to, merged into, split from,
 * dissolved.
 *
 * @param type {@code renamed_to}, {@code merged_into}, {@code split_from} or {@code dissolved}
 * @param target the other actor's id; {@code null} for {@code dissolved}
 * @param date when it happened, to the precision known; may be {@code null}
 */
public record Lineage(String type, String target, DateValue date) {
    public Lineage {
        Objects.requireNonNull(type, "type");
    }
}
