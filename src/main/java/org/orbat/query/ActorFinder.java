package org.orbat.query;

import java.util.Optional;
import java.util.function.Function;
import org.orbat.store.ReadModel;

/**
 * Finds the actor id a name stands for: the hook through which a smarter resolver (transliteration-
 * aware, fuzzy) plugs into every query. Finders chain with {@link #orElse}: the first that answers wins.
 * Implementations must be safe to share between threads.
 */
@FunctionalInterface
public interface ActorFinder {

    Optional<String> findActorId(String name);

    /** Tries this finder, then {@code next}. */
    default ActorFinder orElse(ActorFinder next) {
        return name -> findActorId(name).or(() -> next.findActorId(name));
    }

    /** Adapts any name-to-id function, such as the ingest side's resolver. */
    static ActorFinder of(Function<String, Optional<String>> resolver) {
        return resolver::apply;
    }

    /** Exact id, then canonical name or alias ignoring case (canonical names first, then by id). */
    static ActorFinder exact(ReadModel read) {
        return name -> {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                return Optional.empty();
            }
            if (read.findActor(trimmed).isPresent()) {
                return Optional.of(trimmed);
            }
            return read.actorIdsNamed(trimmed).stream().findFirst();
        };
    }

    /** Finds nothing: the neutral element of {@link #orElse}. */
    static ActorFinder none() {
        return name -> Optional.empty();
    }
}
