package org.orbat.query;

import java.util.Set;

/**
 * Every spelling of the places a name stands for, so a search by "Manbij" finds events placed at
 * "Menbij": the hook through which a gazetteer (alternate names, transliterations) plugs into event
 * search, as {@link ActorFinder} does for actors. Implementations must be safe to share between threads.
 */
@FunctionalInterface
public interface PlaceSpellings {

    /** The names of every place known by {@code name} (their own names and alternates); empty when none is. */
    Set<String> of(String name);

    /** Knows no place: searches match the name as given. */
    static PlaceSpellings none() {
        return name -> Set.of();
    }
}
