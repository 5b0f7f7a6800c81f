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

    public ActorDirectory(ReadModel read, ActorFinder finder) {
        this.read = read;
        this.finder = finder;
    }

    public Optional<ActorRecord> findActor(String name) {
        return finder.findActorId(name).flatMap(read::findActor);
    }

    /**
     * Like {@link #findActor}, but throws {@link UnknownActorException} naming {@code name} on a miss,
     * with the closest canonical names as suggestions (read only then: it is the whole actors table).
     */
    public ActorRecord requireActor(String name) {
        return findActor(name).orElseThrow(() ->
            new UnknownActorException(name, Suggestions.closest(name, new TreeSet<>(read.actorNames().values()))));
    }

    /** Refs for the given ids, in the order given; an id without an actor row is named by itself. */
    public Map<String, ActorRef> refs(Collection<String> ids) {
        Map<String, ActorRecord> found = read.actors(ids);
        Map<String, ActorRef> out = new LinkedHashMap<>();
        for (String id : ids) {
            ActorRecord a = found.get(id);
            out.put(id, a == null ? new ActorRef(id, id) : ActorRef.of(a));
        }
        return out;
    }
}
