package org.orbat.query;

import java.util.List;
import org.orbat.model.DateValue;

/**
 * The relations in force at a date, and the actors they join.
 *
 * @param at the date asked about
 * @param center the actor a neighbourhood query started from; {@code null} for the whole network
 * @param depth how many steps from {@code center} were followed; 0 for the whole network
 * @param actors every actor that takes part in a tie, by name
 * @param ties the relations in force
 */
public record Network(DateValue at, ActorRef center, int depth, List<ActorRef> actors, List<Tie> ties) {
    public Network {
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
    }
}
