package org.orbat.extract.places;

import org.orbat.OrbatException;

/** A gazetteer data file (or one line of it) that cannot be read, naming the file and line. */
public final class MalformedGazetteerException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;

    /**
     * @param resource the file or classpath resource
     * @param line the 1-based line number, 0 when the whole file is at fault
     * @param reason what is wrong, in a few words
     */
    public MalformedGazetteerException(String resource, int line, String reason) {
        super(resource + (line > 0 ? ":" + line : "") + ": " + reason);
        this.resource = resource;
        this.line = line;
    }

    public String resource() {
        return resource;
    }

    public int line() {
        return line;
    }
}
