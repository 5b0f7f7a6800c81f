package org.orbat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.orbat.OrbatException;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestItem;
import org.orbat.model.Article;
import org.orbat.model.DateValue;
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
 * loads its models (timed apart, as "load"), runs every pipeline instance {@link #WARMUP_PASSES}
 * times over a short made-up report ({@code bench/warmup.txt}, timed apart as "warm"), then
 * processes the documents on its own threads ("run"); rates are per second of run. The warm-up
 * keeps JIT compilation out of both rates: without it the phase that runs first (Orbat) paid for
 * compiling the CoreNLP code both share, which on the five seed reports was most of its run.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class Benchmark {
    /** How many times each pipeline instance annotates the warm-up document before its phase is timed. */
    public static final int WARMUP_PASSES = 10;
    static final String WARMUP_RESOURCE = "bench/warmup.txt";

    private final ArticleReader reader;
    private final Supplier<NlpPipeline> orbatNlp;
    private final int orbatThreads;
    private final int referenceThreads;
    private final int referenceLimit;

    /**
     * @param referenceLimit how many documents the reference annotates; 0 for all of them
     */
    public Benchmark(ArticleReader reader, Supplier<NlpPipeline> orbatNlp, int orbatThreads, int referenceThreads,
                     int referenceLimit) {
        if (orbatThreads < 1 || referenceThreads < 1) {
            throw new IllegalArgumentException("Threads must be at least 1, got " + orbatThreads + " and " + referenceThreads);
        }
        if (referenceLimit < 0) {
            throw new IllegalArgumentException("Reference limit cannot be negative, got " + referenceLimit);
        }
        this.reader = reader;
        this.orbatNlp = orbatNlp;
        this.orbatThreads = orbatThreads;
        this.referenceThreads = referenceThreads;
        this.referenceLimit = referenceLimit;
    }

    /** Runs both phases over {@code corpus} (files or folders, as {@code orbat ingest} takes them). */
    public BenchReport run(List<Path> corpus) {
        Measured orbat = runOrbat(corpus);
        List<Article> articles = readArticles(corpus);
        List<Article> subset = referenceLimit == 0 || referenceLimit >= articles.size()
            ? articles : articles.subList(0, referenceLimit);
        PhaseResult reference = runReference(subset);
        return new BenchReport(orbat.result(), reference, articles.size(), orbatThreads, referenceThreads, orbat.counts());
    }

    private record Measured(PhaseResult result, Map<String, Long> counts) {
    }

    private Measured runOrbat(List<Path> corpus) {
        ReferenceCoreNlp.releaseSharedModels();
        Path dir = createTempDir();
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            AtomicLong documents = new AtomicLong();
            AtomicLong tokens = new AtomicLong();
            List<NlpPipeline> raw = new ArrayList<>();
            ConcurrentLinkedQueue<NlpPipeline> loaded = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < orbatThreads; i++) {
                NlpPipeline nlp = orbatNlp.get();
                raw.add(nlp);
                loaded.add(new CountingNlpPipeline(nlp, documents, tokens));
            }
            Supplier<NlpPipeline> handOut = () -> {
                NlpPipeline nlp = loaded.poll();
                return nlp != null ? nlp : new CountingNlpPipeline(orbatNlp.get(), documents, tokens);
            };
            Pipeline pipeline = StandardPipeline.create(handOut, orbatThreads);
            try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("bench.db").toString())) {
                long loadedAt = System.nanoTime();
                Article warmup = warmupArticle();
                for (NlpPipeline nlp : raw) {
                    for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                        pipeline.process(warmup, nlp);
                    }
                }
                long warmedAt = System.nanoTime();
                IngestReport report = pipeline.ingest(corpus, reader, kb, ProgressListener.SILENT);
                long end = System.nanoTime();
                PhaseResult result = new PhaseResult("orbat", documents.get(), tokens.get(), seconds(start, loadedAt),
                    seconds(loadedAt, warmedAt), seconds(warmedAt, end), heap.peakBytes(), report.failed());
                return new Measured(result, kb.counts());
            }
        } finally {
            ReferenceCoreNlp.releaseSharedModels();
            deleteRecursively(dir);
        }
    }

    private PhaseResult runReference(List<Article> articles) {
        ReferenceCoreNlp.releaseSharedModels();
        ExecutorService pool = Executors.newFixedThreadPool(referenceThreads);
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            List<ReferenceCoreNlp> loaded = new ArrayList<>();
            for (int i = 0; i < referenceThreads; i++) {
                loaded.add(new ReferenceCoreNlp());
            }
            long loadedAt = System.nanoTime();
            Article warmup = warmupArticle();
            for (ReferenceCoreNlp nlp : loaded) {
                for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                    nlp.annotate(warmup);
                }
            }
            long warmedAt = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            AtomicLong tokens = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Future<?>> workers = new ArrayList<>();
            for (ReferenceCoreNlp nlp : loaded) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        try {
                            tokens.addAndGet(nlp.annotate(articles.get(i)));
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long end = System.nanoTime();
            return new PhaseResult("reference", articles.size() - failed.get(), tokens.get(), seconds(start, loadedAt),
                seconds(loadedAt, warmedAt), seconds(warmedAt, end), heap.peakBytes(), failed.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrbatException("Benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new OrbatException("Reference pipeline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            ReferenceCoreNlp.releaseSharedModels();
        }
    }

    /** The warm-up report, dated so that SUTime resolves its relative dates as in a real one. */
    static Article warmupArticle() {
        try (InputStream in = Benchmark.class.getClassLoader().getResourceAsStream(WARMUP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + WARMUP_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Article(WARMUP_RESOURCE, null, null, null, null, DateValue.day(LocalDate.of(2015, 3, 8)), "option", text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WARMUP_RESOURCE, e);
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
