package org.orbat.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.nlp.ReferenceCoreNlp;

/**
 * The outcome of one {@link Benchmark} run, and its printed table.
 *
 * @param orbat Orbat's standard pipeline over the whole corpus
 * @param reference plain CoreNLP over the corpus or its first documents
 * @param corpusDocuments readable documents in the corpus
 * @param orbatThreads Orbat's worker threads
 * @param referenceThreads the reference's worker threads
 * @param counts row counts of the knowledge base Orbat built
 * @param protocol how both phases were warmed up and timed
 */
public record BenchReport(PhaseResult orbat, PhaseResult reference, long corpusDocuments, int orbatThreads,
                          int referenceThreads, Map<String, Long> counts, Protocol protocol) {
    public BenchReport {
        counts = Map.copyOf(counts);
    }

    /**
     * How both phases were measured.
     *
     * @param warmupDocuments the corpus's first documents, the warm-up set
     * @param warmupPasses how many times each phase processed the set, untimed
     * @param runs how many timed runs each phase made; run times are their median
     */
    public record Protocol(int warmupDocuments, int warmupPasses, int runs) {
        public Protocol {
            if (warmupDocuments < 0 || warmupPasses < 0 || runs < 1) {
                throw new IllegalArgumentException("Bad benchmark protocol: " + warmupDocuments + " warm-up documents, "
                    + warmupPasses + " warm-up passes, " + runs + " runs");
            }
        }
    }

    /** Orbat's documents per second over the reference's. */
    public double documentRatio() {
        return reference.documentsPerSecond() == 0 ? 0 : orbat.documentsPerSecond() / reference.documentsPerSecond();
    }

    /** Orbat's tokens per second over the reference's. */
    public double tokenRatio() {
        return reference.tokensPerSecond() == 0 ? 0 : orbat.tokensPerSecond() / reference.tokensPerSecond();
    }

    /**
     * The per-token ratio of each pair of timed runs, Orbat's run i against the reference's run i, in the order run. The
     * median alone hides how far one run strays on a shared machine (or while the JIT still compiles the first run), so
     * the report prints these and their range next to it.
     */
    public List<Double> tokenRatioEachRun() {
        List<Double> orbatRates = orbat.tokensPerSecondEachRun();
        List<Double> referenceRates = reference.tokensPerSecondEachRun();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(orbatRates.size(), referenceRates.size()); i++) {
            out.add(referenceRates.get(i) == 0 ? 0 : orbatRates.get(i) / referenceRates.get(i));
        }
        return out;
    }

    /** Whether the reference annotated fewer documents than Orbat ingested. */
    public boolean referenceOnSubset() {
        return reference.documents() + reference.failed() < corpusDocuments;
    }

    /** Prints the table. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Corpus: %d documents. Orbat: %d thread(s); reference: %d thread(s), CoreNLP %s. Max heap %s.%n",
            corpusDocuments, orbatThreads, referenceThreads, ReferenceCoreNlp.ANNOTATORS, mb(Runtime.getRuntime().maxMemory()));
        if (referenceOnSubset()) {
            out.printf(Locale.ROOT, "The reference ran on the first %d of %d documents: compare rates per document and per token.%n",
                reference.documents() + reference.failed(), corpusDocuments);
        }
        out.printf(Locale.ROOT, "%-10s %9s %9s %8s %8s %8s %9s %10s %10s%n",
            "pipeline", "documents", "tokens", "load s", "warm s", "run s", "docs/s", "tokens/s", "peak heap");
        row(out, orbat);
        row(out, reference);
        out.printf(Locale.ROOT, "Orbat/reference: %.2fx documents/s, %.2fx tokens/s%n", documentRatio(), tokenRatio());
        List<Double> eachRun = tokenRatioEachRun();
        if (eachRun.size() > 1) {
            out.printf(Locale.ROOT, "Per token, run by run (Orbat's run i against the reference's run i): %s; range %.2fx-%.2fx%n",
                String.join(", ", eachRun.stream().map(r -> String.format(Locale.ROOT, "%.2fx", r)).toList()),
                Collections.min(eachRun), Collections.max(eachRun));
            out.printf(Locale.ROOT, "Run times, s: orbat %s; reference %s%n", times(orbat), times(reference));
        }
        out.printf(Locale.ROOT, "Orbat stored %d events, %d relations, %d mentions, %d actors%n",
            counts.getOrDefault("events", 0L), counts.getOrDefault("relations", 0L),
            counts.getOrDefault("mentions", 0L), counts.getOrDefault("actors", 0L));
        if (orbat.failed() + reference.failed() > 0) {
            out.printf(Locale.ROOT, "Failed documents: orbat %d, reference %d%n", orbat.failed(), reference.failed());
        }
        String runs = protocol.runs() == 1 ? "one timed run" : "the median of " + protocol.runs() + " timed runs";
        if (protocol.warmupPasses() == 0) {
            out.printf(Locale.ROOT, "Rates count run time only (%s, models loaded first); no warm-up: both rates include JIT"
                + " compilation.%n", runs);
        } else {
            out.printf(Locale.ROOT, "Rates count run time only (%s): models loaded, and each phase had processed the corpus's"
                    + " first %d document(s) %d time(s) beforehand (results discarded), so neither pays for a cold JIT; load and"
                    + " warm-up times are shown apart.%n", runs, protocol.warmupDocuments(), protocol.warmupPasses());
        }
    }

    private static void row(PrintWriter out, PhaseResult r) {
        out.printf(Locale.ROOT, "%-10s %9d %9d %8.1f %8.1f %8.1f %9.2f %10.0f %10s%n", r.name(), r.documents(), r.tokens(),
            r.loadSeconds(), r.warmSeconds(), r.runSeconds(), r.documentsPerSecond(), r.tokensPerSecond(), mb(r.peakHeapBytes()));
    }

    private static String times(PhaseResult r) {
        return String.join(" ", r.eachRunSeconds().stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
