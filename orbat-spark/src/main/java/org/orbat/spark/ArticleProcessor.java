package org.orbat.spark;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.TaskCompletionListener;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.ingest.UnreadableArticleException;
import org.orbat.model.Article;
import org.orbat.nlp.NlpPipeline;
import org.orbat.pipeline.DocumentIdentity;
import org.orbat.pipeline.Pipeline;
import org.orbat.store.DocumentFacts;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeBase;

/**
 * Processes one partition of corpus lines on an executor: parses each line into an article, runs the
 * per-document stages ({@link Pipeline#process}) with the executor's {@link ExecutorPipeline}, and
 * yields the document's rows, lazily, one line at a time. With a database, each document is also
 * stored in its own transaction, unless the database already holds it with the same content hash
 * ({@link KnowledgeBase#storeIfChanged}, which reads the hash under the document's lock), so a retried
 * or speculative task, or a re-run, writes no document twice.
 *
 * <p>Given the previous run's content hashes by source key, an article whose hash is the same there
 * (and in the database, when there is one) is not processed: it yields {@link DocumentRows#unchanged},
 * and the previous run's rows stand for it. Sources and hashes are the CLI's ({@link DocumentIdentity}).
 *
 * <p>A line that cannot be read, or an article a stage fails on, becomes a {@link FactTable#REJECTED}
 * row and the partition goes on, as the CLI's ingest does; a database that cannot be written fails
 * the task, so Spark retries it.
 */
final class ArticleProcessor implements FlatMapFunction<Iterator<NumberedLine>, DocumentRows> {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final String jdbc;
    private final Broadcast<Map<String, String>> previousHashes;

    /**
     * @param input the corpus path as given, named in each article's path ({@code input#LINE})
     * @param jdbc the database to store documents in, or {@code null}
     * @param previousHashes the previous run's content hash of each source key, or {@code null} to process every article
     */
    ArticleProcessor(String input, String jdbc, Broadcast<Map<String, String>> previousHashes) {
        this.input = Objects.requireNonNull(input, "input");
        this.jdbc = jdbc;
        this.previousHashes = previousHashes;
    }

    @Override
    public Iterator<DocumentRows> call(Iterator<NumberedLine> lines) {
        Pipeline pipeline = ExecutorPipeline.pipeline();
        NlpPipeline nlp = ExecutorPipeline.borrow();
        KnowledgeBase kb = jdbc == null ? null : JdbcKnowledgeBase.open(jdbc);
        Runnable release = () -> {
            ExecutorPipeline.release(nlp);
            if (kb != null) {
                kb.close();
            }
        };
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> release.run());
        }
        ArticleReader reader = new ArticleReader(IngestOptions.defaults());
        Iterator<DocumentRows> rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
            .map(line -> process(line, reader, pipeline, nlp, kb))
            .flatMap(Optional::stream)
            .iterator();
        return task != null ? rows : drained(rows, release);
    }

    private Optional<DocumentRows> process(NumberedLine line, ArticleReader reader, Pipeline pipeline, NlpPipeline nlp,
                                           KnowledgeBase kb) {
        String source = input + ":" + line.number();
        if (line.rejection() != null) {
            return Optional.of(DocumentRows.rejected(source, line.rejection()));
        }
        DocumentFacts facts;
        try {
            Optional<Article> article = reader.readLine(line.text(), input, line.number());
            if (article.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> unchanged = unchangedDocument(article.get(), kb);
            if (unchanged.isPresent()) {
                return Optional.of(DocumentRows.unchanged(unchanged.get()));
            }
            facts = pipeline.process(article.get(), nlp);
        } catch (UnreadableArticleException e) {
            return Optional.of(DocumentRows.rejected(e.source(), e.reason()));
        } catch (RuntimeException | StackOverflowError e) {
            // One bad article must not stop the partition, nor pass unreported.
            return Optional.of(DocumentRows.rejected(source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (kb != null) {
            kb.storeIfChanged(facts);
        }
        return Optional.of(DocumentRows.of(facts));
    }

    /**
     * The id of the document the previous run made of this article with the same content, when the database (if
     * any) holds that content too; else empty, and the article is processed.
     */
    private Optional<String> unchangedDocument(Article article, KnowledgeBase kb) {
        if (previousHashes == null) {
            return Optional.empty();
        }
        String key = DocumentIdentity.sourceKey(article);
        String hash = DocumentIdentity.contentHash(article);
        if (!hash.equals(previousHashes.value().get(key))) {
            return Optional.empty();
        }
        if (kb != null && kb.contentHash(key).filter(hash::equals).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DocumentIdentity.documentId(key));
    }

    /** Outside a Spark task (a direct call), releases the NLP pipeline and database once the rows are read. */
    private static Iterator<DocumentRows> drained(Iterator<DocumentRows> rows, Runnable release) {
        return new Iterator<>() {
            private boolean released;

            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more && !released) {
                    released = true;
                    release.run();
                }
                return more;
            }

            @Override
            public DocumentRows next() {
                return rows.next();
            }
        };
    }
}
