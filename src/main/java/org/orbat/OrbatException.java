package org.orbat;

/**
 * The base of every failure Orbat reports to its user. Subclasses are named for the failure and
 * carry the file, line or name that caused it, so the message can name the bad input.
 */
public class OrbatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrbatException(String message) {
        super(message);
    }

    public OrbatException(String message, Throwable cause) {
        super(message, cause);
    }
}
