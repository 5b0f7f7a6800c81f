package org.orbat.http;

/**
 * How {@link ApiServer} listens and throttles.
 *
 * @param host address to bind; {@code 127.0.0.1} keeps the API on this machine
 * @param port TCP port; 0 picks a free one
 * @param burst requests a client may send at once
 * @param perSecond sustained requests a second per client
 * @param maxRequestBytes the largest request body accepted
 */
public record ServerOptions(String host, int port, int burst, double perSecond, long maxRequestBytes) {
    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
    }

    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, 60, 20, 8192);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, burst, perSecond, maxRequestBytes);
    }

    public ServerOptions withRate(int newBurst, double newPerSecond) {
        return new ServerOptions(host, port, newBurst, newPerSecond, maxRequestBytes);
    }
}
