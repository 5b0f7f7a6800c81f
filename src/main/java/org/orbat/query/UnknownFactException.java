package org.orbat.query;

import org.orbat.OrbatException;

/** No relation or event has the given fact id; carries the id asked for. */
public final class UnknownFactException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String factId;

    public UnknownFactException(String factId) {
        super("unknown fact '" + factId + "'");
        this.factId = factId;
    }

    public String factId() {
        return factId;
    }
}
