package org.orbat.extract.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.orbat.OrbatException;
import org.orbat.actors.ActorResolver;
import org.orbat.actors.Resolution;
import org.orbat.extract.TsvResource;
import org.orbat.model.Actor;
import org.orbat.model.EventType;

/**
 * Codes a state or government named as the actor of a violent event to its armed forces, after the
 * ACLED convention ("Military Forces of Syria"): "Russia bombed" is the Russian Aerospace Forces,
 * "the Assad regime attacked" the Syrian Arab Army. Curated in {@code resources/extract/state-forces.tsv}.
 * Immutable and thread-safe.
 */
final class StateForces {
    private static final String RESOURCE = "/extract/state-forces.tsv";

    private record Forces(String ground, String air) {
    }

    private final Map<String, Forces> byActor = new HashMap<>();
    private final Map<String, Actor> forceActors = new HashMap<>();

    StateForces(ActorResolver resolver) {
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length < 2) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": expected 'state<TAB>forces[<TAB>air arm]'");
            }
            Optional<Actor> state = actor(resolver, cols[0]);
            Optional<Actor> ground = actor(resolver, cols[1]);
            Optional<Actor> air = cols.length > 2 && !cols[2].isBlank() ? actor(resolver, cols[2]) : ground;
            if (state.isEmpty() || ground.isEmpty() || air.isEmpty()) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": a name is not in the actor registry: " + row.text());
            }
            byActor.put(state.get().id(), new Forces(ground.get().id(), air.get().id()));
            forceActors.put(ground.get().id(), ground.get());
            forceActors.put(air.get().id(), air.get());
        }
    }

    /** The force that acted for {@code actorId} in an event of {@code type}, or the actor itself. */
    String forcesOf(String actorId, EventType type) {
        Forces f = byActor.get(actorId);
        if (f == null) {
            return actorId;
        }
        return type == EventType.REMOTE_VIOLENCE ? f.air() : f.ground();
    }

    /**
     * The registry record of a force this table codes events to, so that an event naming it carries the
     * actor even when the article never named the force itself.
     */
    Optional<Actor> actor(String forceId) {
        return Optional.ofNullable(forceActors.get(forceId));
    }

    private static Optional<Actor> actor(ActorResolver resolver, String name) {
        return resolver.resolve(name.trim()).map(Resolution::actor);
    }
}
