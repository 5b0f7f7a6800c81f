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
 * @param estimated whether the count stands for a vague word, valued as the ACLED codebook values it ("dozens" → 12,
 *     "hundreds" → 100, "several" → 3; "Reported fatalities")
 * @param tally whether the count is a running tally of a war or a period ("since 2011", "killed in the civil war",
 *     "in the past two months"), a national figure in the thousands with no incident named, or the toll of an earlier
 *     incident the sentence recalls ("comes a week after a bomb killed 40"): true of the sentence, but never the toll
 *     of the event it reports
 */
public record Toll(int count, boolean atLeast, String who, int tokenBegin, int tokenEnd, boolean killed,
                   boolean part, boolean estimated, boolean tally) {
    /** A toll of one incident, written as an exact number. */
    public Toll(int count, boolean atLeast, String who, int tokenBegin, int tokenEnd, boolean killed, boolean part) {
        this(count, atLeast, who, tokenBegin, tokenEnd, killed, part, false, false);
    }

    public Toll {
        if (count < 0) {
            throw new IllegalArgumentException("Toll cannot be negative: " + count);
        }
        Objects.requireNonNull(who, "who");
        if (tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("Empty token span " + tokenBegin + ".." + tokenEnd);
        }
    }

    /** The same count, marked as a running tally. */
    Toll asTally() {
        return new Toll(count, atLeast, who, tokenBegin, tokenEnd, killed, part, estimated, true);
    }
}
