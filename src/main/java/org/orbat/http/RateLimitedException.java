package org.orbat.http;

import org.orbat.OrbatException;

/** A client sent more requests than its token bucket allows; answered 429. Carries the client address. */
public final class RateLimitedException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String client;

    public RateLimitedException(String client) {
        super("too many requests from " + client + "; slow down");
        this.client = client;
    }

    public String client() {
        return client;
    }
}
