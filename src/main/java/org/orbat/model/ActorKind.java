package org.orbat.model;

import java.util.Locale;

/**
 * What sort of actor a name stands for. {@link #ORGANIZATION} covers reporting sources (media,
 * monitors such as SOHR, NGOs): they are kept so evidence can name who reported it, but they are
 * never parties to the fighting. {@link #CIVILIAN}, {@link #UNIDENTIFIED} and {@link #CROWD} are ACLED's
 * generic actors ("Civilians (Syria)", "Unidentified Armed Group (Yemen)", "Protesters (Iraq)"): they
 * stand on a side of an event, but are never parties to relations.
 */
public enum ActorKind {
    GROUP, COALITION, STATE, STATE_FORCE, PERSON, GOVERNANCE, ORGANIZATION, CIVILIAN, UNIDENTIFIED, CROWD;

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

    /** Whether this kind can be a party to alliances, sponsorship and rivalries (generic actors cannot). */
    public boolean isParty() {
        return this != ORGANIZATION && !isGeneric();
    }

    /** Whether this kind is one of ACLED's generic actors, named by role and country rather than by name. */
    public boolean isGeneric() {
        return this == CIVILIAN || this == UNIDENTIFIED || this == CROWD;
    }

    /** Whether actors of this kind are organised and armed (ACLED: state forces, rebels, militias). */
    public boolean isArmed() {
        return this == GROUP || this == COALITION || this == STATE || this == STATE_FORCE || this == UNIDENTIFIED;
    }
}
