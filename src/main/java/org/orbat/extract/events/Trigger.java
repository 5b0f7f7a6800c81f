package org.orbat.extract.events;

import org.orbat.model.AcledSubEvent;
import org.orbat.model.EventType;

/**
 * What a trigger phrase of {@code event-triggers.tsv} states: an event type, the ACLED sub-event type
 * when the phrase alone decides it ("air strike", "IED", "rape"), and whether it is weak. A weak trigger
 * ("killed", "shot", "destroyed") names the outcome of most acts, so it states an event only when the
 * sentence names no other incident: "shelled the town, killing two" is shelling, not a killing.
 *
 * @param type the event type
 * @param subEvent the sub-event the phrase decides, or {@code null} when context must
 * @param weak whether any other incident trigger in the sentence takes precedence
 */
record Trigger(EventType type, AcledSubEvent subEvent, boolean weak) {

    /** Parses the trigger file's columns after the phrase: {@code type[<TAB>sub-event][<TAB>weak]}. */
    static Trigger parse(String columns) {
        String[] parts = columns.split("\t");
        EventType type = EventType.fromCode(parts[0]);
        AcledSubEvent sub = null;
        boolean weak = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.equals("weak")) {
                weak = true;
            } else if (!p.isEmpty()) {
                sub = AcledSubEvent.fromCode(p).orElseThrow();
            }
        }
        if (sub != null && sub.family() != AcledSubEvent.Family.STRATEGIC && !fits(type, sub)) {
            throw new IllegalArgumentException("sub-event " + sub.code() + " does not fit event type " + type.code());
        }
        return new Trigger(type, sub, weak);
    }

    /** A sub-event decided by the phrase must belong to the family its type is coded in. */
    private static boolean fits(EventType type, AcledSubEvent sub) {
        return switch (sub.family()) {
            case REMOTE -> type == EventType.REMOTE_VIOLENCE;
            case CIVILIANS -> type == EventType.VIOLENCE_AGAINST_CIVILIANS || type == EventType.ARREST_ABDUCTION;
            case RIOTS -> type == EventType.RIOT;
            case PROTESTS -> type == EventType.PROTEST;
            case BATTLES -> type.fighting();
            case STRATEGIC -> true;
        };
    }
}
