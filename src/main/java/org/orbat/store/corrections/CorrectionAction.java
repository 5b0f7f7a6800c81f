package org.orbat.store.corrections;

import java.util.Locale;

/** What a correction does, and what its target names. */
public enum CorrectionAction {
    /** Target: the actor absorbed; value {@code into}: the actor kept. */
    MERGE_ACTORS(Target.ACTOR),
    /** Target: the actor; value {@code name}. The old name stays an alias. */
    RENAME_ACTOR(Target.ACTOR),
    /** Target: the actor; value {@code alias}. */
    ADD_ALIAS(Target.ACTOR),
    /** Target: the actor; value {@code alias}. */
    REMOVE_ALIAS(Target.ACTOR),
    /** Target: the actor; values {@code alias} and {@code id}: mentions of the alias, and facts read only from them, go to a new actor. */
    SPLIT_ALIAS(Target.ACTOR),
    /** Target: the actor; value {@code kind}. */
    SET_KIND(Target.ACTOR),
    /** Target: an event id. */
    REJECT_EVENT(Target.EVENT),
    /** Target: an event id. */
    CONFIRM_EVENT(Target.EVENT),
    /** Target: an event id; any of the values {@code type}, {@code date}, {@code fatalities}, {@code place_*}, {@code side1}, {@code side2}. */
    FIX_EVENT(Target.EVENT),
    /** Target: {@code type|source|target}. */
    REJECT_RELATION(Target.RELATION),
    /** Target: {@code type|source|target}. */
    CONFIRM_RELATION(Target.RELATION),
    /** Target: {@code type|source|target}; values {@code start}, {@code end}, {@code source_note}, {@code note}. */
    ADD_RELATION(Target.RELATION),
    /** Target: the new event's id; values {@code type}, {@code date}, {@code side1}, {@code side2}, {@code fatalities}, {@code place_*}, {@code note}. */
    ADD_EVENT(Target.EVENT);

    /** The kind of thing a correction's target names. */
    public enum Target { ACTOR, EVENT, RELATION }

    private final Target target;

    CorrectionAction(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }

    /** Whether the correction brings a fact of its own rather than changing one the pipeline read. */
    public boolean adds() {
        return this == ADD_RELATION || this == ADD_EVENT;
    }

    /** The lower-case, hyphenated name used on the command line and in the log ({@code merge-actors}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CorrectionAction fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown correction: " + code, e);
        }
    }
}
