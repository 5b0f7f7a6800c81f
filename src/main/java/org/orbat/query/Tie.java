package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

/**
 * A relation in force between two actors, with the facts that state it.
 *
 * @param type the relation
 * @param source first actor (the member, the backed group; for symmetric types the lower id)
 * @param target second actor
 * @param since the earliest known start among its facts; {@code null} if unknown
 * @param until the latest known end; {@code null} if ongoing or unknown
 * @param factIds the relation facts behind it, for {@code orbat evidence}
 */
public record Tie(RelationType type, ActorRef source, ActorRef target, DateValue since, DateValue until,
                  List<String> factIds) {
    public Tie {
        factIds = List.copyOf(factIds);
    }
}
