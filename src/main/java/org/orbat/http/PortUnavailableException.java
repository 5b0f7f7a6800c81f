package org.orbat.http;

import org.orbat.OrbatException;

/** The server cannot listen where it was asked to (the port is taken, or the address is not this machine's); carries both. */
public final class PortUnavailableException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;

    public PortUnavailableException(String host, int port, Throwable cause) {
        super("cannot serve on " + host + ":" + port + ": the port is in use or the address is not this machine's"
            + " (choose another with --port or --host)", cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
