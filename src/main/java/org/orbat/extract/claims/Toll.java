package org.orbat.extract.claims;

import java.util.Objects;

/**
 * A count of people killed or wounded, as one sentence gives it.
 *
 * @param count how many ("at least 15" → 15)
 * @param atLeast whether the count is a lower bound ("at least", "more than", "over")
 * @param who what was counted, as written in lower case ("civilians", "fighters"); {@code "people"} when the
 *     sentence names no one ("the death toll rose to 45")
 * @param tokenBegin first token of the number (inclusive)
 * @param tokenEnd last token of the number (exclusive)
 * @param killed {@code true} for deaths; {@code false} for wounded, and for counts of "killed or wounded"
 * @param part whether the count is a share of another toll of the sentence ("including 4 children",
 *     "50 of those")
 */
public record Toll(int count, boolean atLeast, String who, int tokenBegin, int tokenEnd, boolean killed,
                   boolean part) {
    public Toll {
        if (count < 0) {
            throw new IllegalArgumentException("Toll cannot be negative: " + count);
        }
        Objects.requireNonNull(who, "who");
        if (tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("Empty token span " + tokenBegin + ".." + tokenEnd);
        }
    }
}
