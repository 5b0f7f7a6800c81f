package org.orbat.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.orbat.model.Article;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.NlpPipeline;

/**
 * Wraps an {@link NlpPipeline} and counts the documents and tokens it annotated into shared
 * counters, so the benchmark can report token rates for the whole Orbat pipeline. One instance per
 * worker thread, like the pipeline it wraps; the counters may be shared.
 */
final class CountingNlpPipeline implements NlpPipeline {
    private final NlpPipeline delegate;
    private final AtomicLong documents;
    private final AtomicLong tokens;

    CountingNlpPipeline(NlpPipeline delegate, AtomicLong documents, AtomicLong tokens) {
        this.delegate = delegate;
        this.documents = documents;
        this.tokens = tokens;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle annotated = delegate.annotate(article);
        long n = 0;
        for (AnnotatedSentence s : annotated.sentences()) {
            n += s.tokens().size();
        }
        tokens.addAndGet(n);
        documents.incrementAndGet();
        return annotated;
    }
}
