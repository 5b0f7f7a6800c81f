package org.orbat.bench;

import java.util.List;

/**
 * What one measured phase did.
 *
 * @param name what ran ("orbat", "reference")
 * @param documents documents processed
 * @param tokens CoreNLP tokens in those documents
 * @param loadSeconds wall time spent loading models before the first document
 * @param warmSeconds wall time spent on the warm-up document, after loading and before the first document
 * @param runSeconds wall time from the first document to the last, models loaded and warmed up (the median run)
 * @param peakHeapBytes highest used heap seen during the phase, loading included
 * @param failed documents that failed
 * @param eachRunSeconds the wall time of every timed run, in the order run, so that a report can show the spread
 *     the median hides
 */
public record PhaseResult(String name, long documents, long tokens, double loadSeconds, double warmSeconds, double runSeconds,
                          long peakHeapBytes, long failed, List<Double> eachRunSeconds) {
    public PhaseResult {
        if (documents < 0 || tokens < 0) {
            throw new IllegalArgumentException("Counts cannot be negative, got " + documents + " documents, " + tokens + " tokens");
        }
        eachRunSeconds = List.copyOf(eachRunSeconds);
    }

    /** A phase timed once. */
    public PhaseResult(String name, long documents, long tokens, double loadSeconds, double warmSeconds, double runSeconds,
                       long peakHeapBytes, long failed) {
        this(name, documents, tokens, loadSeconds, warmSeconds, runSeconds, peakHeapBytes, failed, List.of(runSeconds));
    }

    /** Tokens per second of each timed run, in the order run. */
    public List<Double> tokensPerSecondEachRun() {
        return eachRunSeconds.stream().map(s -> s <= 0 ? 0.0 : tokens / s).toList();
    }

    /** Documents per second of processing (models loaded). */
    public double documentsPerSecond() {
        return runSeconds <= 0 ? 0 : documents / runSeconds;
    }

    /** Tokens per second of processing (models loaded). */
    public double tokensPerSecond() {
        return runSeconds <= 0 ? 0 : tokens / runSeconds;
    }
}
