package org.orbat.actors;

import org.orbat.OrbatException;

/** A name or id that no curated registry actor answers to (the knowledge base's own miss is {@code query.UnknownActorException}). */
public final class NotInRegistryException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public NotInRegistryException(String name) {
        super("No actor known as: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
