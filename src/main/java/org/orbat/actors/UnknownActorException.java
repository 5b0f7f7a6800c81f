package org.orbat.actors;

import org.orbat.OrbatException;

/** A name or id that no registry actor answers to. */
public final class UnknownActorException extends OrbatException {
    private final String name;

    public UnknownActorException(String name) {
        super("No actor known as: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
