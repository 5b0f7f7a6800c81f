package org.orbat.query;

import org.orbat.OrbatException;

/** No actor has the given id, canonical name or alias; carries the name asked for. */
public final class UnknownActorException extends OrbatException {
    private final String name;

    public UnknownActorException(String name) {
        super("unknown actor '" + name + "'");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
