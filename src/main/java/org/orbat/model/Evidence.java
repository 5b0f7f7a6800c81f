package org.orbat.model;

import java.util.Objects;

/**
 * The verbatim sentence behind a fact, where it stands, and who reported it.
 *
 * @param documentId the document the sentence comes from
 * @param sentenceIndex the sentence's position in the document (0-based)
 * @param text the sentence exactly as it stands in the document
 * @param reportedBy the reporting source the sentence attributes the fact to; {@code null} if none
 * @param fatalities the toll this report gives, if any; reports that disagree keep their own
 * @param stance whether the report asserts, claims, denies or disputes the fact
 */
public record Evidence(String documentId, int sentenceIndex, String text, String reportedBy, Integer fatalities,
                       Stance stance) {
    public Evidence {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        stance = stance == null ? Stance.ASSERTED : stance;
    }
}
