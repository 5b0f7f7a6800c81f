package org.orbat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.orbat.actors.ActorStage;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.ExtractedFacts;
import org.orbat.extract.FactExtractor;
import org.orbat.extract.places.PlaceMention;
import org.orbat.extract.places.PlaceResolver;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestItem;
import org.orbat.ingest.StorySignature;
import org.orbat.lexicon.Language;
import org.orbat.model.Actor;
import org.orbat.model.Article;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.NlpPipeline;
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;
import org.orbat.store.KnowledgeBase;
import org.orbat.store.SentenceRecord;

/**
 * Orbat's front door for ingesting: reads the inputs, and for each article annotates it, resolves
 * its actors and places, extracts facts and stores them, one transaction per article.
 *
 * <p>Articles are processed on {@code threads} workers, each with its own NLP pipeline (CoreNLP
 * instances are not shared); stages downstream of NLP are thread-safe and shared. An article whose
 * content hash is already stored is skipped; an article that fails at any stage is reported and
 * leaves the knowledge base as it was.
 */
public final class Pipeline {
    private final Supplier<NlpPipeline> nlpFactory;
    private final ActorStage actors;
    private final PlaceResolver places;
    private final FactExtractor extractor;
    private final int threads;

    public Pipeline(Supplier<NlpPipeline> nlpFactory, ActorStage actors, PlaceResolver places,
                    FactExtractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Threads must be at least 1, got " + threads);
        }
        this.nlpFactory = nlpFactory;
        this.actors = actors;
        this.places = places;
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Ingests every article under {@code inputs} into {@code kb}. */
    public IngestReport ingest(List<Path> inputs, ArticleReader reader, KnowledgeBase kb, ProgressListener progress) {
        List<Path> files = largestFirst(reader.expand(inputs));
        progress.started(reader.estimateCount(files));
        return run(each -> {
            for (Path file : files) {
                try (Stream<IngestItem> items = reader.read(file)) {
                    items.forEach(each);
                }
            }
        }, kb, progress, false);
    }

    /**
     * Ingests items read elsewhere (a feed's), in order. With {@code sameStory}, a new item whose text is the story of
     * a document already stored, or of an earlier item, under another source (a wire report on a second outlet) is not
     * stored again: its outlet is added to that document's.
     */
    public IngestReport ingestItems(List<IngestItem> items, KnowledgeBase kb, ProgressListener progress, boolean sameStory) {
        progress.started(items.size());
        return run(items::forEach, kb, progress, sameStory);
    }

    private IngestReport run(Consumer<Consumer<IngestItem>> source, KnowledgeBase kb, ProgressListener progress, boolean sameStory) {
        long start = System.nanoTime();
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger sameStories = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<NlpPipeline> nlp = ThreadLocal.withInitial(() -> {
            progress.loadingModels();
            NlpPipeline loaded = nlpFactory.get();
            progress.modelsLoaded();
            return loaded;
        });
        // Items of this run already dispatched, by document id, for recognising one story twice in a run.
        Map<String, Article> dispatched = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            source.accept(item -> {
                if (!item.ok()) {
                    failures.add(item.error().getMessage());
                    progress.advanced(ProgressListener.Outcome.FAILED, item.error().source(), item.error().reason());
                    return;
                }
                if (sameStory) {
                    Optional<String> story = sameStoryAs(item.article(), kb, dispatched);
                    if (story.isPresent()) {
                        Article a = item.article();
                        kb.addOutlet(story.get(), DocumentIdentity.sourceKey(a), a.outlet(), a.url(), a.published());
                        sameStories.incrementAndGet();
                        progress.advanced(ProgressListener.Outcome.SAME_STORY, a.path(), story.get());
                        return;
                    }
                    dispatched.put(DocumentIdentity.documentId(DocumentIdentity.sourceKey(item.article())), item.article());
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        ProgressListener.Outcome outcome = process(item.article(), nlp::get, kb);
                        (outcome == ProgressListener.Outcome.INGESTED ? ingested : unchanged).incrementAndGet();
                        progress.advanced(outcome, item.article().path(), "");
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        // One bad article must not stop the run, nor pass unreported.
                        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        failures.add(item.article().path() + ": " + reason);
                        progress.advanced(ProgressListener.Outcome.FAILED, item.article().path(), reason);
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            progress.finished();
        }
        return new IngestReport(ingested.get(), unchanged.get(), sameStories.get(), failures, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The document whose story a new article repeats under another source: an item of this run, else one stored. An
     * article stored before under its own source is not new (it is unchanged, or changed and read again).
     */
    private static Optional<String> sameStoryAs(Article article, KnowledgeBase kb, Map<String, Article> dispatched) {
        String key = DocumentIdentity.sourceKey(article);
        String id = DocumentIdentity.documentId(key);
        if (dispatched.containsKey(id) || kb.contentHash(key).isPresent()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Article> earlier : dispatched.entrySet()) {
            if (StorySignature.overlap(earlier.getValue().text(), article.text()) >= StorySignature.SAME_STORY) {
                return Optional.of(earlier.getKey());
            }
        }
        return kb.sameStory(article.text(), key);
    }

    /**
     * Stores one article unless its content is stored already. The thread's NLP pipeline is asked for only
     * then: a run with nothing new never loads CoreNLP's models.
     */
    private ProgressListener.Outcome process(Article article, Supplier<NlpPipeline> nlp, KnowledgeBase kb) {
        String key = DocumentIdentity.sourceKey(article);
        String hash = DocumentIdentity.contentHash(article);
        if (kb.contentHash(key).filter(hash::equals).isPresent()) {
            return ProgressListener.Outcome.UNCHANGED;
        }
        kb.replaceDocument(process(article, nlp.get()));
        return ProgressListener.Outcome.INGESTED;
    }

    /**
     * Runs the per-document stages on one article, without a store: annotate, resolve actors and
     * places, extract. For callers that distribute the work themselves (the Spark job); {@code nlp}
     * belongs to the calling thread for the duration of the call.
     *
     * @return everything the article contributes, as {@link KnowledgeBase#replaceDocument} stores it
     */
    public DocumentFacts process(Article article, NlpPipeline nlp) {
        String key = DocumentIdentity.sourceKey(article);
        String docId = DocumentIdentity.documentId(key);
        AnnotatedArticle annotated = nlp.annotate(article);
        ResolvedArticle resolved = actors.resolve(annotated);
        List<PlaceMention> placeMentions = places.resolve(annotated, resolved.mentions());
        ExtractedFacts facts = extractor.extract(docId, resolved, placeMentions);
        // A pipeline that does not say which language it read (one written for a test) read the default, English.
        Language read = Objects.requireNonNullElse(annotated.article().language(), Language.ENGLISH);
        DocumentRecord record = new DocumentRecord(docId, key, article.path(), article.sourceId(), article.title(),
            article.outlet(), article.url(), article.published(), article.publishedHow(),
            DocumentIdentity.contentHash(article), read);
        List<SentenceRecord> sentences = new ArrayList<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            sentences.add(new SentenceRecord(s.index(), s.begin(), s.end(), s.text()));
        }
        List<Actor> actorsOfDocument = new ArrayList<>(resolved.actors());
        for (Actor a : facts.actors()) {
            if (actorsOfDocument.stream().noneMatch(x -> x.id().equals(a.id()))) {
                actorsOfDocument.add(a);
            }
        }
        return new DocumentFacts(record, article.text(), sentences, resolved.mentions(), actorsOfDocument,
            facts.relations(), facts.events());
    }

    /** A new NLP pipeline from this pipeline's factory, for a caller's worker thread. */
    public NlpPipeline newNlp() {
        return nlpFactory.get();
    }

    /**
     * The files largest first, so that a long report starts while short ones keep the other workers
     * busy, instead of starting last and leaving them idle at the end (longest-processing-time-first
     * scheduling). Ties keep their order; a size that cannot be read counts as zero. Articles are
     * independent of each other, so the order changes nothing that is stored.
     */
    private static List<Path> largestFirst(List<Path> files) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path file : files) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException | SecurityException e) {
                size = 0;
            }
            sizes.put(file, size);
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing((Path file) -> sizes.get(file)).reversed());
        return sorted;
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: articles in flight finish before the run reports
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
