package org.orbat.extract.events;

import java.util.Set;
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
 * @param verb whether the phrase states an act only as a verb ("the army occupied the hill"), not as an adjective
 *             ("the occupied hills", "Israeli-occupied")
 * @param before words of which one must come just before the phrase for it to state an act (an {@code event-words.tsv}
 *               list named in a {@code before=LIST} column: "identified as a stronghold"), or empty
 * @param after words of which one must come just after it (an {@code after=LIST} column: "set up a new army
 *              post"), or empty
 */
record Trigger(EventType type, AcledSubEvent subEvent, boolean weak, boolean verb, Set<String> before, Set<String> after) {

    /** Parses the trigger file's columns after the phrase: {@code type[<TAB>sub-event][<TAB>weak][<TAB>verb][<TAB>before=LIST][<TAB>after=LIST]}. */
    static Trigger parse(String columns) {
        String[] parts = columns.split("\t");
        EventType type = EventType.fromCode(parts[0]);
        AcledSubEvent sub = null;
        boolean weak = false;
        boolean verb = false;
        Set<String> before = Set.of();
        Set<String> after = Set.of();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.equals("weak")) {
                weak = true;
            } else if (p.equals("verb")) {
                verb = true;
            } else if (p.startsWith("before=")) {
                before = EventWords.list(p.substring("before=".length()));
            } else if (p.startsWith("after=")) {
                after = EventWords.list(p.substring("after=".length()));
            } else if (!p.isEmpty()) {
                sub = AcledSubEvent.fromCode(p).orElseThrow();
            }
        }
        if (sub != null && sub.family() != AcledSubEvent.Family.STRATEGIC && !fits(type, sub)) {
            throw new IllegalArgumentException("sub-event " + sub.code() + " does not fit event type " + type.code());
        }
        return new Trigger(type, sub, weak, verb, before, after);
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
