package org.orbat.nlp;

import org.orbat.OrbatException;

/** An article with more tokens than the NLP stage annotates in reasonable time and memory. */
public final class ArticleTooLongException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int tokens;
    private final int limit;

    public ArticleTooLongException(String path, int tokens, int limit) {
        super("too long to annotate: " + tokens + " tokens > " + limit + " limit; split it into smaller articles");
        this.path = path;
        this.tokens = tokens;
        this.limit = limit;
    }

    /** The article's path, as in {@code Article#path()}. */
    public String path() {
        return path;
    }

    public int tokens() {
        return tokens;
    }

    public int limit() {
        return limit;
    }
}
