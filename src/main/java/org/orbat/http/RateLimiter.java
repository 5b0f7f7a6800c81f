package org.orbat.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: each client may burst {@code capacity} requests, refilled at
 * {@code perSecond} tokens a second. Time comes from an injected nanosecond clock, so tests need not
 * sleep. When more than {@link #MAX_CLIENTS} clients are tracked, buckets that have refilled are
 * dropped. Thread-safe.
 */
public final class RateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, double perSecond, LongSupplier nanos) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1: " + capacity);
        }
        if (perSecond <= 0) {
            throw new IllegalArgumentException("Refill rate must be positive: " + perSecond);
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanos = nanos;
    }

    /** Takes a token for {@code client}, or returns false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized double level(long now) {
            return Math.min(capacity, tokens + (now - last) * perNano);
        }

        synchronized boolean take(long now) {
            tokens = level(now);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
