package org.orbat.query;

import java.util.List;

/**
 * An actor's succession: the renames, mergers and splits that lead to it and away from it, oldest
 * first (undated steps last). Membership and alliance are not lineage and are not in it.
 *
 * @param actor the actor asked about
 * @param predecessors actors it descends from, through any number of steps
 * @param successors actors that descend from it
 * @param steps every step on the way, oldest first
 */
public record LineageChain(ActorRef actor, List<ActorRef> predecessors, List<ActorRef> successors,
                           List<SuccessionStep> steps) {
    public LineageChain {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        steps = List.copyOf(steps);
    }
}
