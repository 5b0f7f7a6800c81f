package org.orbat.extract.claims;

import java.util.Optional;

/**
 * The death toll one sentence states for the incident it reports, as {@link ArticleTolls} reads it in the light of
 * the whole article.
 *
 * @param count the deaths; 0 when the sentence reports that nobody died
 * @param estimated whether the count stands for a vague word ("dozens" → 12, "hundreds" → 100), valued after the
 *     ACLED codebook
 * @param needsReview whether the count lies far above every other toll the article gives, so that it is more likely
 *     a national figure, a misread number or another incident than this event's toll; such a count is kept as
 *     evidence for an analyst to check, not exported as the event's toll
 */
public record TollClaim(int count, boolean estimated, boolean needsReview) {
    public TollClaim {
        if (count < 0) {
            throw new IllegalArgumentException("Toll cannot be negative: " + count);
        }
    }

    /** The count to give an event as fact: none when it needs review. */
    public Optional<Integer> asFact() {
        return needsReview ? Optional.empty() : Optional.of(count);
    }
}
