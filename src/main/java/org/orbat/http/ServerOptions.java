package org.orbat.http;

/**
 * How {@link ApiServer} listens and throttles.
 *
 * @param host address to bind; {@code 127.0.0.1} keeps the API on this machine
 * @param port TCP port; 0 picks a free one
 * @param burst requests a client may send at once
 * @param perSecond sustained requests a second per client
 * @param maxRequestBytes the largest request body accepted
 * @param maxLag how long a read route's kept answer may lag behind writes made by other processes (an ingest):
 *     the knowledge base's change token is read again at most this often; zero reads it for every request.
 *     Writes through this server (corrections) show at once whatever the lag.
 */
public record ServerOptions(String host, int port, int burst, double perSecond, long maxRequestBytes,
                            java.time.Duration maxLag) {
    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        if (maxLag.isNegative()) {
            throw new IllegalArgumentException("Lag cannot be negative: " + maxLag);
        }
    }

    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, 60, 20, 8192, java.time.Duration.ZERO);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, burst, perSecond, maxRequestBytes, maxLag);
    }

    public ServerOptions withRate(int newBurst, double newPerSecond) {
        return new ServerOptions(host, port, newBurst, newPerSecond, maxRequestBytes, maxLag);
    }

    public ServerOptions withMaxLag(java.time.Duration newMaxLag) {
        return new ServerOptions(host, port, burst, perSecond, maxRequestBytes, newMaxLag);
    }
}
