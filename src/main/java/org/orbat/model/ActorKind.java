package org.orbat.model;

import java.util.Locale;

/**
 * What sort of actor a name stands for. {@link #ORGANIZATION} covers reporting sources (media,
 * monitors such as SOHR, NGOs): they are kept so evidence can name who reported it, but they are
 * never parties to the fighting.
 */
public enum ActorKind {
    GROUP, COALITION, STATE, STATE_FORCE, PERSON, GOVERNANCE, ORGANIZATION;

    /** The lower-case name used in data files and exports ({@code state_force}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown actor kind: " + code);
        }
    }

    /** Whether this kind can take part in fighting, alliances and sponsorship. */
    public boolean isParty() {
        return this != ORGANIZATION;
    }
}
