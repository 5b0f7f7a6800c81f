package org.orbat.store;

import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

/**
 * One row of the relations table: one document's statement of a dated relation. Its evidence is
 * keyed by {@code id}.
 *
 * @param id fact id
 * @param documentId the stating document
 * @param type the relation
 * @param source first actor (canonical order for symmetric types)
 * @param target second actor
 * @param start when it holds from; {@code null} if unknown
 * @param end when it stopped; {@code null} if ongoing or unknown
 */
public record RelationRecord(String id, String documentId, RelationType type, String source, String target,
                             DateValue start, DateValue end) {
}
