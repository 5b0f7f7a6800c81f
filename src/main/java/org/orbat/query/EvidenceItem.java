package org.orbat.query;

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
 */
public record EvidenceItem(String text, int sentence, String reportedBy, Integer fatalities, Stance stance,
                           DocumentView document) {
}
