package org.orbat.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.RelationType;

/**
 * An event's actors arranged as ACLED's two sides: {@code actor1} is the first (initiating) actor;
 * actors tied to it by a cooperative relation that holds at the event's date (allies, members,
 * affiliates, backers, pledges) are its associates; the next actor that is not an associate is
 * {@code actor2}, and every remaining actor is coded with {@code actor2}'s side. Reporting
 * organizations (media, monitors) are never parties and are left out. ACLED codebook: "associated
 * actors" are those acting alongside a main actor in one event. Holds ids; immutable.
 *
 * @param actor1 the first actor's id, or {@code null} when the event names none
 * @param associates1 ids acting alongside {@code actor1}
 * @param actor2 the opposing actor's id, or {@code null}
 * @param associates2 the remaining ids
 */
record AcledDyad(String actor1, List<String> associates1, String actor2, List<String> associates2) {
    private static final Set<RelationType> COOPERATIVE = EnumSet.of(RelationType.ALLY_OF, RelationType.MEMBER_OF,
        RelationType.AFFILIATE_OF, RelationType.SUPPORTED_BY, RelationType.PLEDGED_ALLEGIANCE_TO);

    AcledDyad {
        associates1 = List.copyOf(associates1);
        associates2 = List.copyOf(associates2);
    }

    static AcledDyad of(Event event, ExportFacts facts) {
        List<String> parties = event.actors().stream()
            .filter(id -> facts.findActor(id).map(a -> a.kind() != ActorKind.ORGANIZATION).orElse(true)).toList();
        if (parties.isEmpty()) {
            return new AcledDyad(null, List.of(), null, List.of());
        }
        String actor1 = parties.get(0);
        String actor2 = null;
        List<String> side1 = new ArrayList<>();
        List<String> side2 = new ArrayList<>();
        for (String id : parties.subList(1, parties.size())) {
            if (cooperate(actor1, id, event.date(), facts)) {
                side1.add(id);
            } else if (actor2 == null) {
                actor2 = id;
            } else {
                side2.add(id);
            }
        }
        return new AcledDyad(actor1, side1, actor2, side2);
    }

    private static boolean cooperate(String a, String b, DateValue when, ExportFacts facts) {
        return facts.relations().stream().anyMatch(r -> COOPERATIVE.contains(r.type())
            && (r.source().equals(a) && r.target().equals(b) || r.source().equals(b) && r.target().equals(a))
            && holdsAt(r, when));
    }

    /** Undated relations and undated events are taken to overlap; otherwise the periods must share a day. */
    private static boolean holdsAt(RelationGroups.Group r, DateValue when) {
        if (when == null) {
            return true;
        }
        boolean started = r.start() == null || !r.start().date().isAfter(when.last());
        boolean notEnded = r.end() == null || !r.end().last().isBefore(when.date());
        return started && notEnded;
    }
}
