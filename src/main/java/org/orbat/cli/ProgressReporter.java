package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.orbat.pipeline.ProgressListener;

/**
 * Shows ingest progress: a progress bar with rate and ETA on a terminal, plain log lines otherwise
 * (CI logs and pipes should not fill with carriage returns). While the language models load it says so,
 * and it gives no ETA until articles have been annotated at the loaded models' rate: the seconds of
 * loading, or articles skipped as unchanged, would make any earlier estimate wrong.
 */
final class ProgressReporter implements ProgressListener {
    private final PrintWriter log;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    /** Articles annotated since the first worker's models were loaded, and when that was. */
    private final AtomicLong annotated = new AtomicLong();
    private volatile long loadedNanos;
    private boolean loadingAnnounced;
    /** How many annotated articles make a rate worth an ETA. */
    private static final int RATE_SAMPLE = 3;
    private ProgressBar bar;
    private long total;
    private long startNanos;

    private ProgressReporter(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    static ProgressReporter forTerminal(PrintWriter log) {
        return new ProgressReporter(log, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void started(long estimatedTotal) {
        total = estimatedTotal;
        startNanos = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(estimatedTotal)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
                .setEtaFunction(state -> eta(state.getMax() - state.getCurrent())).build();
        } else {
            log.printf("ingest: %d article(s) to read%n", estimatedTotal);
        }
    }

    @Override
    public synchronized void loadingModels() {
        if (loadingAnnounced) {
            return;
        }
        loadingAnnounced = true;
        if (bar != null) {
            bar.setExtraMessage("loading models");
        } else {
            log.printf("ingest: loading language models%n");
            log.flush();
        }
    }

    @Override
    public synchronized void modelsLoaded() {
        if (loadedNanos != 0) {
            return;
        }
        loadedNanos = System.nanoTime();
        if (bar != null) {
            bar.setExtraMessage("");
        } else {
            log.printf("ingest: models loaded in %.1f s%n", (loadedNanos - startNanos) / 1e9);
            log.flush();
        }
    }

    /** Time left for {@code remaining} articles at the rate measured since the models loaded; empty until known. */
    java.util.Optional<java.time.Duration> eta(long remaining) {
        long n = annotated.get();
        if (loadedNanos == 0 || n < RATE_SAMPLE) {
            return java.util.Optional.empty();
        }
        long perArticle = (System.nanoTime() - loadedNanos) / n;
        return java.util.Optional.of(java.time.Duration.ofNanos(perArticle * Math.max(0, remaining)));
    }

    @Override
    public synchronized void advanced(Outcome outcome, String source, String detail) {
        long n = done.incrementAndGet();
        if (outcome == Outcome.INGESTED && loadedNanos != 0) {
            annotated.incrementAndGet();
        }
        if (bar != null) {
            bar.step();
            return;
        }
        double secs = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        if (outcome == Outcome.FAILED || n % 25 == 0 || n == total) {
            log.printf("ingest: %d/%d %s %s%s (%.1f docs/s)%n", n, total, outcome.name().toLowerCase(), source,
                detail.isEmpty() ? "" : ": " + detail, n / secs);
            log.flush();
        }
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
        }
        log.flush();
    }
}
