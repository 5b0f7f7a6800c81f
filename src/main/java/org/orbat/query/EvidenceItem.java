package org.orbat.query;

import org.orbat.model.DateValue;
import org.orbat.model.Stance;

/**
 * One report behind a fact.
 *
 * @param text the sentence, verbatim
 * @param sentence its index in the document
 * @param reportedBy the source the sentence attributes the fact to; may be {@code null}
 * @param fatalities the toll this report gives; may be {@code null}
 * @param stance asserted, claimed, denied or disputed
 * @param document the document it stands in
 * @param reportId for an event, the report (one document's reading) the sentence stands behind; else {@code null}
 * @param reportDate for an event, the date that report gives; {@code null} when it gives none, or for a relation
 */
public record EvidenceItem(String text, int sentence, String reportedBy, Integer fatalities, Stance stance,
                           DocumentView document, String reportId, DateValue reportDate) {
}
