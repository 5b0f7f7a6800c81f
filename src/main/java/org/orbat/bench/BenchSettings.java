package org.orbat.bench;

/**
 * How a benchmark runs, checked once here for the command line and the API alike; each message names the
 * option of {@code orbat bench} that sets the value.
 *
 * @param orbatThreads Orbat's workers ({@code --threads})
 * @param referenceThreads the reference's workers ({@code --reference-threads})
 * @param referenceLimit how many documents the reference annotates; 0 for all of them ({@code --reference-limit})
 * @param warmupPasses how many times each phase processes the warm-up set before it is timed; 0 for none
 *                     ({@code --warmup-passes})
 * @param runs how many timed runs each phase makes; the median is reported ({@code --runs})
 */
public record BenchSettings(int orbatThreads, int referenceThreads, int referenceLimit, int warmupPasses, int runs) {
    public BenchSettings {
        if (orbatThreads < 1 || referenceThreads < 1) {
            throw new IllegalArgumentException("--threads and --reference-threads must be at least 1, got " + orbatThreads
                + " and " + referenceThreads);
        }
        if (referenceLimit < 0) {
            throw new IllegalArgumentException("--reference-limit cannot be negative, got " + referenceLimit);
        }
        if (warmupPasses < 0) {
            throw new IllegalArgumentException("--warmup-passes cannot be negative, got " + warmupPasses);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
    }
}
