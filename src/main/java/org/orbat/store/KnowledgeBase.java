package org.orbat.store;

import java.util.Map;
import java.util.Optional;

/**
 * Orbat's store of documents and the facts drawn from them. Writes are per document and atomic:
 * either all of a document's facts are stored, replacing that document's earlier facts, or none.
 * Implementations are safe to share between threads.
 */
public interface KnowledgeBase extends AutoCloseable {

    /** The content hash stored for an article, if it was ingested before. */
    Optional<String> contentHash(String sourceKey);

    /** Stores a document and its facts in one transaction, replacing what the same document stored before. */
    void replaceDocument(DocumentFacts facts);

    /**
     * Stores a document as {@link #replaceDocument} does, unless the store already holds its source with the same
     * content hash. Writers that may repeat each other's work (a retried or speculative Spark task, two ingests of one
     * corpus) call this, so a document is written once however often it is processed.
     *
     * @return whether the document was written
     */
    default boolean storeIfChanged(DocumentFacts facts) {
        DocumentRecord d = facts.document();
        if (contentHash(d.sourceKey()).filter(d.contentHash()::equals).isPresent()) {
            return false;
        }
        replaceDocument(facts);
        return true;
    }

    /**
     * The stored document whose text is the same story as {@code text} (shingle overlap at least
     * {@link org.orbat.ingest.StorySignature#SAME_STORY}), under a source other than {@code sourceKey}.
     */
    Optional<String> sameStory(String text, String sourceKey);

    /** Records that another outlet carried a stored document's story. */
    void addOutlet(String documentId, String sourceKey, String outlet, String url, org.orbat.model.DateValue published);

    /**
     * Groups the stored event reports that describe one happening ({@code grouping}) and records each
     * report's merged event, so that every reader lists the same events. Runs after an ingest: it reads
     * every event, so it is not run per document.
     *
     * @return how many reports changed merged event
     */
    int mergeEvents(EventGrouping grouping);

    /**
     * Whether a merging pass has run on this knowledge base; one written before merges were recorded
     * has none until its next ingest merges.
     */
    boolean eventsMerged();

    /** Row counts per table, for summaries and idempotency checks. */
    Map<String, Long> counts();

    /** A consistent read of the whole knowledge base, for exports. */
    KnowledgeSnapshot snapshot();

    /** Where the knowledge base lives, for messages. */
    String location();

    @Override
    void close();
}
