package org.orbat.ingest;

import org.orbat.OrbatException;

/** An input file (or one line of it) that cannot be ingested, with the reason. */
public final class UnreadableArticleException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    /**
     * @param source the file, or {@code file:line} for one line of a JSONL file
     * @param reason what is wrong, in a few words ("invalid UTF-8 at byte 1042")
     */
    public UnreadableArticleException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
