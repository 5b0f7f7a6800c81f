package org.orbat.query;

import org.orbat.model.DateValue;
import org.orbat.store.DocumentRecord;

/**
 * A document as lists show it, with what was read from it.
 *
 * @param id the document id facts cite ({@code SEEN IN}, evidence)
 * @param sourceId the id its JSONL line gave it; {@code null} for files
 * @param path the file it was read from
 * @param title headline; may be {@code null}
 * @param outlet publishing outlet; may be {@code null}
 * @param url address; may be {@code null}
 * @param published publication date; may be {@code null}
 * @param relations relation facts read from it
 * @param events event reports read from it (before merging across documents)
 */
public record DocumentSummary(String id, String sourceId, String path, String title, String outlet, String url,
                              DateValue published, long relations, long events) {

    static DocumentSummary of(DocumentRecord d, long relations, long events) {
        return new DocumentSummary(d.id(), d.sourceId(), d.path(), d.title(), d.outlet(), d.url(), d.published(),
            relations, events);
    }
}
