package org.orbat.extract.claims;

/**
 * An exact number written in a sentence, in digits or words.
 *
 * @param value the number ("1,200" → 1200, "Twenty-three" → 23, "a dozen" → 12)
 * @param tokenBegin first token (inclusive)
 * @param tokenEnd last token (exclusive)
 * @param digits whether it was written in digits
 * @param yearLike whether it reads as a calendar year (four digits, no separator, 1900–2099)
 * @param estimated whether it stands for a vague word ("dozens" → 12), valued after the ACLED codebook
 */
record NumberMention(int value, int tokenBegin, int tokenEnd, boolean digits, boolean yearLike, boolean estimated) {
    NumberMention(int value, int tokenBegin, int tokenEnd, boolean digits, boolean yearLike) {
        this(value, tokenBegin, tokenEnd, digits, yearLike, false);
    }

    NumberMention {
        if (value < 0) {
            throw new IllegalArgumentException("Number cannot be negative: " + value);
        }
        if (tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("Empty token span " + tokenBegin + ".." + tokenEnd);
        }
    }
}
