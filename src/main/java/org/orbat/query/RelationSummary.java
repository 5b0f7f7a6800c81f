package org.orbat.query;

import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

/**
 * One relation fact as one document states it; {@code orbat evidence ID} gives the sentence.
 *
 * @param id fact id
 * @param type the relation
 * @param source first party
 * @param target second party
 * @param start when it began, to the precision known; may be {@code null}
 * @param end when it ended; may be {@code null}
 */
public record RelationSummary(String id, RelationType type, ActorRef source, ActorRef target, DateValue start,
                              DateValue end) {
}
