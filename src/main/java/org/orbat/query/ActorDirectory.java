package org.orbat.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.orbat.store.ActorRecord;
import org.orbat.store.ReadModel;

/**
 * Looks actors up by any name through an {@link ActorFinder}, and names actor ids for results.
 * Stateless apart from its collaborators; threads may share it.
 */
public final class ActorDirectory {
    private final ReadModel read;
    private final ActorFinder finder;
    private final CuratedActors curated;

    public ActorDirectory(ReadModel read, ActorFinder finder) {
        this(read, finder, CuratedActors.none());
    }

    /** A directory that also knows the curated actors no document mentioned, by id and name. */
    public ActorDirectory(ReadModel read, ActorFinder finder, CuratedActors curated) {
        this.read = read;
        this.finder = finder;
        this.curated = curated;
    }

    /** The actor a name stands for: in the knowledge base, else among the curated actors (with no mentions). */
    public Optional<ActorRecord> findActor(String name) {
        return finder.findActorId(name).flatMap(id -> read.findActor(id).or(() -> curatedRecord(id)))
            .or(() -> curatedRecord(name.trim()));
    }

    CuratedActors curated() {
        return curated;
    }

    private Optional<ActorRecord> curatedRecord(String id) {
        return curated.find(id).map(a -> new ActorRecord(a.id(), a.name(), a.kind(), false));
    }

    /**
     * Like {@link #findActor}, but throws {@link UnknownActorException} naming {@code name} on a miss,
     * with the closest canonical names as suggestions (read only then: it is the whole actors table).
     */
    public ActorRecord requireActor(String name) {
        return findActor(name).orElseThrow(() ->
            new UnknownActorException(name, Suggestions.closest(name, new TreeSet<>(read.actorNames().values()))));
    }

    /**
     * Refs for the given ids, in the order given; an id without an actor row is named by its curated
     * name, else by itself.
     */
    public Map<String, ActorRef> refs(Collection<String> ids) {
        Map<String, ActorRecord> found = read.actors(ids);
        Map<String, ActorRef> out = new LinkedHashMap<>();
        for (String id : ids) {
            ActorRecord a = found.get(id);
            out.put(id, a != null ? ActorRef.of(a)
                : curated.find(id).map(c -> new ActorRef(id, c.name())).orElseGet(() -> new ActorRef(id, id)));
        }
        return out;
    }
}
