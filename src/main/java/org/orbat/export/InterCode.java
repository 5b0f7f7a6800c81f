package org.orbat.export;

import org.orbat.model.ActorKind;

/**
 * ACLED's actor types ("inter codes"; ACLED Codebook, "Actor names, types, and Inter codes" and
 * "Interaction codes"), in code order 1 to 8. Current ACLED exports write the type's label in
 * {@code inter1}/{@code inter2} and the pair as "lower-higher" ("State forces-Civilians"), or
 * "X only" for a one-sided event; the numbers survive as the order. Orbat's kinds do not separate
 * rebels from political or identity militias, so every organised non-state group is coded as a rebel
 * group and an unidentified armed group as a political militia, as ACLED codes unidentified groups.
 */
enum InterCode {
    STATE_FORCES("State forces"),
    REBEL_GROUP("Rebel group"),
    POLITICAL_MILITIA("Political militia"),
    IDENTITY_MILITIA("Identity militia"),
    RIOTERS("Rioters"),
    PROTESTERS("Protesters"),
    CIVILIANS("Civilians"),
    EXTERNAL_OTHER("External/Other forces");

    private final String label;

    InterCode(String label) {
        this.label = label;
    }

    /** The label as ACLED's current exports write it. */
    String label() {
        return label;
    }

    /** The type of an actor of the given kind; {@code name} tells rioters from protesters. */
    static InterCode of(ActorKind kind, String name) {
        if (kind == null) {
            return REBEL_GROUP;
        }
        return switch (kind) {
            case STATE, STATE_FORCE, GOVERNANCE -> STATE_FORCES;
            case GROUP, COALITION, PERSON -> REBEL_GROUP;
            // the codebook's generic names: an unnamed identity militia, the umbrella of unnamed rebels
            case UNIDENTIFIED -> name.contains("Communal Militia") ? IDENTITY_MILITIA
                : name.startsWith("Opposition Rebels") ? REBEL_GROUP : POLITICAL_MILITIA;
            case CROWD -> name.startsWith("Rioters") ? RIOTERS : PROTESTERS;
            case CIVILIAN -> CIVILIANS;
            case ORGANIZATION -> EXTERNAL_OTHER;
        };
    }

    /**
     * The interaction of a side with an optional other (null for a one-sided event): the lower code
     * first, whatever the actors' order. ACLED writes its one exception, external forces with
     * civilians, with the external forces first.
     */
    static String interaction(InterCode one, InterCode other) {
        if (other == null) {
            return one.label + " only";
        }
        InterCode low = one.compareTo(other) <= 0 ? one : other;
        InterCode high = low == one ? other : one;
        if (low == CIVILIANS && high == EXTERNAL_OTHER) {
            return high.label + "-" + low.label;
        }
        return low.label + "-" + high.label;
    }
}
