package org.orbat.store;

import org.orbat.OrbatException;

/** The knowledge base could not be opened, migrated, read or written; names the database. */
public final class StoreException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String database;

    public StoreException(String database, String message, Throwable cause) {
        super(database + ": " + message + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : ""), cause);
        this.database = database;
    }

    public String database() {
        return database;
    }
}
