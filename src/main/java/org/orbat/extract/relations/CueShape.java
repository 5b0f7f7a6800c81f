package org.orbat.extract.relations;

import java.util.Locale;

/**
 * How a relation cue's parties stand around it. See {@code resources/lang/en/relation-cues.tsv}.
 */
enum CueShape {
    /** "A cue B" gives relation(A, B). */
    FORWARD,
    /** "A cue B" gives relation(B, A). */
    INVERSE,
    /** "cue A and B" gives relation(A, B). */
    BETWEEN,
    /** "B cue A" (both adjacent) or "A, B's cue" gives relation(A, B). */
    COMPOUND;

    static CueShape fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
