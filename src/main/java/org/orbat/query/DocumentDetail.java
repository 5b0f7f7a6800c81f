package org.orbat.query;

import java.util.List;

/**
 * One document and every fact read from it: what {@code orbat document ID} shows.
 *
 * @param document the document, with its fact counts
 * @param relations relation facts it states, in id order
 * @param events events it reports, in id order
 */
public record DocumentDetail(DocumentSummary document, List<RelationSummary> relations, List<EventSummary> events) {
    public DocumentDetail {
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }
}
