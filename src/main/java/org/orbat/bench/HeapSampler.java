package org.orbat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the JVM's used heap on a daemon thread every few milliseconds and keeps the highest value
 * seen; start one per measured phase, after a {@code System.gc()}, and close it when the phase ends.
 * Sampling can miss a peak shorter than the interval, so the figure is a slight underestimate of
 * the true peak, and it includes garbage not yet collected, so it overstates what the live data
 * needs: it answers "how much heap did this phase use", which is what {@code -Xmx} must cover.
 *
 * <p>Threads may share an instance.
 */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler(long intervalMillis) {
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("Sampling interval must be at least 1 ms, got " + intervalMillis);
        }
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "orbat-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects garbage (so the phase starts from live data only) and starts sampling. */
    static HeapSampler start() {
        System.gc();
        return new HeapSampler(5);
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
    }

    /** The highest used heap seen so far, in bytes. */
    long peakBytes() {
        sample();
        return peak.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
