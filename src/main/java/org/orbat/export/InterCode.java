package org.orbat.export;

import org.orbat.model.ActorKind;

/**
 * ACLED's numeric inter codes of an actor's type (ACLED Codebook, "Actors" and "Interaction codes"):
 * 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
 * 7 civilians, 8 external/other forces. Orbat's kinds do not separate rebels from militias or identity
 * militias, so every organised non-state group is coded 2 and an unidentified armed group 3, as ACLED
 * codes unidentified armed groups. Stateless.
 */
final class InterCode {
    private InterCode() {
    }

    static int of(ActorKind kind, String actorId, ExportFacts facts) {
        if (kind == null) {
            return 2;
        }
        return switch (kind) {
            case STATE, STATE_FORCE, GOVERNANCE -> 1;
            case GROUP, COALITION, PERSON -> 2;
            case UNIDENTIFIED -> facts.name(actorId).startsWith("Unidentified Communal Militia") ? 4
                : facts.name(actorId).startsWith("Opposition Rebels") ? 2 : 3;
            case CROWD -> facts.name(actorId).startsWith("Rioters") ? 5 : 6;
            case CIVILIAN -> 7;
            case ORGANIZATION -> 8;
        };
    }

    /** The interaction code: the two inter codes, lower first ("17" state forces against civilians); "10" alone. */
    static int interaction(int inter1, int inter2) {
        int low = inter2 == 0 ? inter1 : Math.min(inter1, inter2);
        int high = inter2 == 0 ? 0 : Math.max(inter1, inter2);
        return low * 10 + high;
    }
}
