package org.orbat.extract.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.orbat.OrbatException;
import org.orbat.actors.ActorResolver;
import org.orbat.extract.TsvResource;
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

    private final Map<String, Forces> byActor;

    StateForces(ActorResolver resolver) {
        this.byActor = load(resolver);
    }

    /** The force that acted for {@code actorId} in an event of {@code type}, or the actor itself. */
    String forcesOf(String actorId, EventType type) {
        Forces f = byActor.get(actorId);
        if (f == null) {
            return actorId;
        }
        return type == EventType.REMOTE_VIOLENCE ? f.air() : f.ground();
    }

    private static Map<String, Forces> load(ActorResolver resolver) {
        Map<String, Forces> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length < 2) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": expected 'state<TAB>forces[<TAB>air arm]'");
            }
            Optional<String> state = id(resolver, cols[0]);
            Optional<String> ground = id(resolver, cols[1]);
            Optional<String> air = cols.length > 2 && !cols[2].isBlank() ? id(resolver, cols[2]) : ground;
            if (state.isEmpty() || ground.isEmpty() || air.isEmpty()) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": a name is not in the actor registry: " + row.text());
            }
            out.put(state.get(), new Forces(ground.get(), air.get()));
        }
        return Map.copyOf(out);
    }

    private static Optional<String> id(ActorResolver resolver, String name) {
        return resolver.resolve(name.trim()).map(res -> res.actor().id());
    }
}
