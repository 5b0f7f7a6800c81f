package org.orbat.query;

import org.orbat.OrbatException;

/** A query parameter has a value the query cannot use (a malformed date, a negative page); names both. */
public final class InvalidParameterException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;

    public InvalidParameterException(String parameter, String value, String problem) {
        super(parameter + " '" + value + "': " + problem);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
