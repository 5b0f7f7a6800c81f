package org.orbat.query;

import java.util.List;

/**
 * What two actors have been to each other over time: every relation a document states between them, in
 * either direction, oldest first (undated ones last), each with the reports behind it, so that each change
 * (allies, then rivals; backed, then abandoned) shows the sentence that says so.
 *
 * @param first the actor asked first
 * @param second the other actor
 * @param relations each stated relation with its evidence, by start date
 */
public record PairHistory(ActorRef first, ActorRef second, List<FactEvidence> relations) {
    public PairHistory {
        relations = List.copyOf(relations);
    }
}
