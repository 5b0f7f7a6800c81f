package org.orbat.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.orbat.pipeline.ProgressListener;

/**
 * Shows ingest progress: a progress bar with rate and ETA on a terminal, plain log lines otherwise
 * (CI logs and pipes should not fill with carriage returns).
 */
final class ProgressReporter implements ProgressListener {
    private final PrintWriter log;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
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
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().build();
        } else {
            log.printf("ingest: %d article(s) to read%n", estimatedTotal);
        }
    }

    @Override
    public synchronized void advanced(Outcome outcome, String source, String detail) {
        long n = done.incrementAndGet();
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
