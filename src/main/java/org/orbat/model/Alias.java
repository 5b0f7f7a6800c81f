package org.orbat.model;

import java.util.Objects;

/**
 * One name an actor goes by, and why Orbat believes it belongs to that actor.
 *
 * @param name the surface form, as written
 * @param origin how the alias was attached: {@code registry} (curated), {@code seen} (the registry
 *               form as written in an article), {@code spelling rule}, {@code learned} (from an
 *               apposition or definition in the text), {@code discovered} (a group not in the registry)
 * @param note free text backing the origin, e.g. the sentence an alias was learned from; may be empty
 */
public record Alias(String name, String origin, String note) {
    public Alias {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Alias name cannot be blank");
        }
        origin = origin == null ? "registry" : origin;
        note = note == null ? "" : note;
    }

    public static Alias registry(String name) {
        return new Alias(name, "registry", "");
    }
}
