package org.orbat.query;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How far behind the knowledge base an answer a server keeps may be. An answer read under the current change token
 * ({@link org.orbat.store.ReadModel#changeToken()}) is always good; with a positive {@code maxLag}, one read under
 * an earlier token is still good until it is {@code maxLag} old, so an answer reflects the knowledge base as it was
 * at most that long ago. Why: an ingest commits every article, and if every commit threw away every kept answer, fifty
 * readers would all read the database at once after each one (on a million events, 1.7 commits a second held p99 near
 * a second: docs/performance.md); kept answers instead expire one by one, each at its own age, spreading the reads.
 * Writes this server makes itself (an editor's correction) call {@link #written()}: nothing read before them is good
 * after, so an editor sees the correction in the next answer. Thread-safe.
 */
public final class Staleness {
    private final long maxLagNanos;
    private final LongSupplier nanoTime;
    private volatile long writtenAt = Long.MIN_VALUE;

    private Staleness(Duration maxLag, LongSupplier nanoTime) {
        if (maxLag.isNegative()) {
            throw new IllegalArgumentException("A lag cannot be negative, got " + maxLag);
        }
        this.maxLagNanos = maxLag.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Every answer reflects the last commit: an answer is good only under the token it was read under. */
    public static Staleness exact() {
        return new Staleness(Duration.ZERO, System::nanoTime);
    }

    /** Answers may be up to {@code maxLag} behind the knowledge base. */
    public static Staleness upTo(Duration maxLag) {
        return upTo(maxLag, System::nanoTime);
    }

    /** As {@link #upTo(Duration)}, with the clock a test moves. */
    public static Staleness upTo(Duration maxLag, LongSupplier nanoTime) {
        return new Staleness(maxLag, nanoTime);
    }

    /** The time to stamp an answer with, taken before it is read (so the stamp is never later than what it holds). */
    public long now() {
        return nanoTime.getAsLong();
    }

    /** Whether an answer read at {@code readAt} under {@code keptToken} may answer now, when the token is {@code token}. */
    public boolean stillGood(String keptToken, long readAt, String token) {
        if (readAt - writtenAt < 0 && writtenAt != Long.MIN_VALUE) {
            return false;
        }
        return keptToken.equals(token) || maxLagNanos > 0 && nanoTime.getAsLong() - readAt < maxLagNanos;
    }

    /** This server has written: answers read before now are no longer good. */
    public void written() {
        writtenAt = nanoTime.getAsLong();
    }
}
