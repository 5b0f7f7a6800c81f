package org.orbat.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address (Bucket4j): each client may burst {@code capacity} requests, refilled
 * smoothly at {@code perSecond} tokens a second. Time comes from an injected nanosecond clock, so tests need not
 * sleep. When more than {@link #MAX_CLIENTS} clients are tracked, buckets that have refilled are dropped, so a
 * flood of addresses cannot grow the map without end. Thread-safe.
 */
public final class RateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final int capacity;
    private final Bandwidth limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, double perSecond, LongSupplier nanos) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1: " + capacity);
        }
        if (perSecond <= 0) {
            throw new IllegalArgumentException("Refill rate must be positive: " + perSecond);
        }
        this.capacity = capacity;
        // One token every 1/perSecond seconds, added greedily (in fractions as time passes), so a fractional
        // rate such as 0.5 a second works as well as a whole one.
        this.limit = Bandwidth.builder().capacity(capacity)
            .refillGreedy(1, Duration.ofNanos(Math.max(1, Math.round(1e9 / perSecond)))).build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Takes a token for {@code client}, or returns false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(client, c -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build())
            .tryConsume(1);
    }
}
