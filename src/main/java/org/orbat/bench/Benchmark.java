package org.orbat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.orbat.OrbatException;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestItem;
import org.orbat.model.Article;
import org.orbat.nlp.NlpPipeline;
import org.orbat.nlp.ReferenceCoreNlp;
import org.orbat.pipeline.IngestReport;
import org.orbat.pipeline.Pipeline;
import org.orbat.pipeline.ProgressListener;
import org.orbat.pipeline.StandardPipeline;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Measures Orbat against plain CoreNLP in one JVM: first ingests the corpus with Orbat's standard
 * pipeline into a fresh temporary SQLite knowledge base, then runs {@link ReferenceCoreNlp} over
 * the same cleaned article texts (all of them, or the first {@code referenceLimit}).
 *
 * <p>Each phase starts after a garbage collection with CoreNLP's process-wide model cache emptied,
 * loads its models (timed apart, as "load"), then warms up (timed apart, as "warm"): its pipeline
 * instances process the warm-up set, the corpus's first documents up to {@link #WARMUP_CHARACTERS},
 * {@code warmupPasses} times on the phase's own threads, results discarded (Orbat's go to a
 * throwaway database). Only then does it process the documents, {@code runs} times ("run", the
 * median of the runs; Orbat ingests each run into a fresh database); rates are per second of run.
 * The median keeps a burst of other work on a shared machine from deciding a short run's figure.
 * The warm-up keeps JIT compilation out of both rates, which is what a desk ingesting reports all
 * day sees. Without it, the JIT compiled Orbat's extraction, parsing and SQLite code during Orbat's
 * short run; with a warm-up on a short made-up report instead, Orbat's run on the five seed reports
 * still took twice as long as once the code it runs was compiled. Neither pipeline keeps anything
 * between documents (no caches of results), so warming up on the measured text gives neither a head
 * start beyond compiled code.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class Benchmark {
    /** How many timed runs, by default, each phase makes over the corpus; the median run is reported. */
    public static final int DEFAULT_RUNS = 5;
    /** How many times, by default, each phase processes the warm-up set before it is timed. */
    public static final int DEFAULT_WARMUP_PASSES = 2;
    /**
     * Size of the warm-up set: the corpus's first documents until their texts reach this many
     * characters (at least one document). About the five seed reports twice over, or 80 FA-KES
     * reports: enough text for the JIT to compile what both pipelines run, without doubling the
     * reference's run on a large corpus.
     */
    public static final int WARMUP_CHARACTERS = 60_000;

    private final ArticleReader reader;
    private final Supplier<NlpPipeline> orbatNlp;
    private final int orbatThreads;
    private final int referenceThreads;
    private final int referenceLimit;
    private final int warmupPasses;
    private final int runs;

    public Benchmark(ArticleReader reader, Supplier<NlpPipeline> orbatNlp, BenchSettings settings) {
        this.reader = reader;
        this.orbatNlp = orbatNlp;
        this.orbatThreads = settings.orbatThreads();
        this.referenceThreads = settings.referenceThreads();
        this.referenceLimit = settings.referenceLimit();
        this.warmupPasses = settings.warmupPasses();
        this.runs = settings.runs();
    }

    /** Runs both phases over {@code corpus} (files or folders, as {@code orbat ingest} takes them). */
    public BenchReport run(List<Path> corpus) {
        List<Article> articles = readArticles(corpus);
        List<Article> warmup = warmupSet(articles);
        Measured orbat = runOrbat(corpus, warmup);
        List<Article> subset = referenceLimit == 0 || referenceLimit >= articles.size()
            ? articles : articles.subList(0, referenceLimit);
        PhaseResult reference = runReference(subset, warmup);
        return new BenchReport(orbat.result(), reference, articles.size(), orbatThreads, referenceThreads, orbat.counts(),
            new BenchReport.Protocol(warmup.size(), warmupPasses, runs));
    }

    private record Measured(PhaseResult result, Map<String, Long> counts) {
    }

    /** The corpus's first documents, until their texts reach {@link #WARMUP_CHARACTERS}. */
    static List<Article> warmupSet(List<Article> articles) {
        int characters = 0;
        int n = 0;
        while (n < articles.size() && (n == 0 || characters < WARMUP_CHARACTERS)) {
            characters += articles.get(n++).text().length();
        }
        return articles.subList(0, n);
    }

    private Measured runOrbat(List<Path> corpus, List<Article> warmup) {
        ReferenceCoreNlp.releaseSharedModels();
        Path dir = createTempDir();
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            AtomicLong documents = new AtomicLong();
            AtomicLong tokens = new AtomicLong();
            List<NlpPipeline> raw = new ArrayList<>();
            List<NlpPipeline> counting = new ArrayList<>();
            for (int i = 0; i < orbatThreads; i++) {
                NlpPipeline nlp = orbatNlp.get();
                raw.add(nlp);
                counting.add(new CountingNlpPipeline(nlp, documents, tokens));
            }
            // Each ingest starts its own worker threads, each asking once for a pipeline: hand every run
            // the loaded instances afresh, one per thread, so that no run loads models or shares one.
            AtomicReference<ConcurrentLinkedQueue<NlpPipeline>> unclaimed = new AtomicReference<>();
            Supplier<NlpPipeline> handOut = () -> {
                NlpPipeline nlp = unclaimed.get().poll();
                return nlp != null ? nlp : new CountingNlpPipeline(orbatNlp.get(), documents, tokens);
            };
            Pipeline pipeline = StandardPipeline.create(handOut, orbatThreads);
            try (JdbcKnowledgeBase throwaway = JdbcKnowledgeBase.open(dir.resolve("warmup.db").toString())) {
                long loadedAt = System.nanoTime();
                for (int pass = 0; pass < warmupPasses; pass++) {
                    inParallel(raw, warmup, (nlp, article) -> throwaway.replaceDocument(pipeline.process(article, nlp)));
                }
                long warmedAt = System.nanoTime();
                List<Double> seconds = new ArrayList<>();
                Map<String, Long> counts = Map.of();
                long failed = 0;
                for (int run = 0; run < runs; run++) {
                    unclaimed.set(new ConcurrentLinkedQueue<>(counting));
                    documents.set(0);
                    tokens.set(0);
                    try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("bench-" + run + ".db").toString())) {
                        long begin = System.nanoTime();
                        IngestReport report = pipeline.ingest(corpus, reader, kb, ProgressListener.SILENT);
                        seconds.add(seconds(begin, System.nanoTime()));
                        failed = Math.max(failed, report.failed());
                        counts = kb.counts();
                    }
                }
                PhaseResult result = new PhaseResult("orbat", documents.get(), tokens.get(), seconds(start, loadedAt),
                    seconds(loadedAt, warmedAt), median(seconds), heap.peakBytes(), failed, seconds);
                return new Measured(result, counts);
            }
        } finally {
            ReferenceCoreNlp.releaseSharedModels();
            deleteRecursively(dir);
        }
    }

    private PhaseResult runReference(List<Article> articles, List<Article> warmup) {
        ReferenceCoreNlp.releaseSharedModels();
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            List<ReferenceCoreNlp> loaded = new ArrayList<>();
            for (int i = 0; i < referenceThreads; i++) {
                loaded.add(new ReferenceCoreNlp());
            }
            long loadedAt = System.nanoTime();
            for (int pass = 0; pass < warmupPasses; pass++) {
                inParallel(loaded, warmup, ReferenceCoreNlp::annotate);
            }
            long warmedAt = System.nanoTime();
            AtomicLong tokens = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                tokens.set(0);
                failed.set(0);
                long begin = System.nanoTime();
                inParallel(loaded, articles, (nlp, article) -> {
                    try {
                        tokens.addAndGet(nlp.annotate(article));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                });
                seconds.add(seconds(begin, System.nanoTime()));
            }
            return new PhaseResult("reference", articles.size() - failed.get(), tokens.get(), seconds(start, loadedAt),
                seconds(loadedAt, warmedAt), median(seconds), heap.peakBytes(), failed.get(), seconds);
        } finally {
            ReferenceCoreNlp.releaseSharedModels();
        }
    }

    /**
     * Processes {@code articles} with one thread per worker, each taking the next article not yet
     * taken, and returns when all are done; the first failure (after all workers stop) is rethrown.
     */
    private static <W> void inParallel(List<W> workers, List<Article> articles, BiConsumer<W, Article> work) {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (W worker : workers) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        work.accept(worker, articles.get(i));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrbatException("Benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new OrbatException("Benchmark worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Article> readArticles(List<Path> corpus) {
        List<Article> out = new ArrayList<>();
        for (Path file : reader.expand(corpus)) {
            try (Stream<IngestItem> items = reader.read(file)) {
                items.filter(IngestItem::ok).forEach(item -> out.add(item.article()));
            }
        }
        return out;
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("orbat-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
