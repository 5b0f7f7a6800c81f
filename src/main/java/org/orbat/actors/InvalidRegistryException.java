package org.orbat.actors;

import org.orbat.OrbatException;

/** A registry or spelling-table resource that cannot be read or breaks a registry rule. */
public final class InvalidRegistryException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the resource or actor id at fault
     * @param reason what is wrong
     */
    public InvalidRegistryException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
