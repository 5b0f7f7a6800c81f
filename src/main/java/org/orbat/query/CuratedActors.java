package org.orbat.query;

import java.util.List;
import java.util.Optional;
import org.orbat.model.Actor;

/**
 * The curated actors (the registry), for what the knowledge base holds only for actors a document
 * mentioned: a name for every id a result names, and the curated lineage of actors no document
 * mentioned (the Islamic State of Iraq, which al-Nusra split from). Implementations must be safe to
 * share between threads.
 */
public interface CuratedActors {

    /** Every curated actor, with its curated lineage. */
    List<Actor> all();

    /** The curated actor with this id. */
    default Optional<Actor> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Knows no actor: results name only what the knowledge base holds. */
    static CuratedActors none() {
        return List::of;
    }
}
