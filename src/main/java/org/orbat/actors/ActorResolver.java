package org.orbat.actors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves one name, out of context, to a registry actor: what {@code orbat resolve} does for an
 * analyst's spreadsheet column. Implementations are safe to share between threads.
 */
public interface ActorResolver {
    Optional<Resolution> resolve(String name);

    /**
     * The actor that stands for {@code actorId} on {@code day}: its successor when another actor has
     * taken it over by then (the Taliban and the Afghan forces from 15 August 2021), else itself.
     */
    default String successorAt(String actorId, LocalDate day) {
        return actorId;
    }

    /** The registry record of an actor by id, so a fact can carry an actor no mention of its article named. */
    default Optional<org.orbat.model.Actor> actor(String actorId) {
        return Optional.empty();
    }
}
