package org.orbat.query;

import org.orbat.OrbatException;

/** No document has the given id, source id, path or file name; carries the key asked for. */
public final class UnknownDocumentException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public UnknownDocumentException(String key) {
        super("unknown document '" + key + "' (try 'orbat documents')");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
