package org.orbat.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orbat.actors.ActorResolver;

/**
 * Nationality adjectives ("Russian", "Turkish") read as the state they name, through
 * {@code resources/extract/demonyms.tsv} and the actor resolver: "Russian jets struck" names Russia
 * as the actor, "Turkish-backed" names Turkey as the sponsor. Immutable and thread-safe.
 */
public final class Demonyms {
    private static final String RESOURCE = "/extract/demonyms.tsv";
    private final Map<String, String> states;
    private final ActorResolver resolver;

    public Demonyms(ActorResolver resolver) {
        this.resolver = resolver;
        this.states = load();
    }

    /** The actor id of the state an adjective names; empty for words that are no demonym or name no one state. */
    public Optional<String> state(String adjective) {
        String state = states.get(adjective.toLowerCase(Locale.ROOT));
        if (state == null || state.isEmpty()) {
            return Optional.empty();
        }
        return resolver.resolve(state).map(r -> r.actor().id());
    }

    /** The actor a name or demonym stands for: "Russian" and "Russia" both give Russia. */
    public Optional<String> actor(String nameOrAdjective) {
        String state = states.get(nameOrAdjective.toLowerCase(Locale.ROOT));
        if (state != null) {
            return state.isEmpty() ? Optional.empty() : resolver.resolve(state).map(r -> r.actor().id());
        }
        return resolver.resolve(nameOrAdjective).filter(r -> r.actor().kind().isParty()).map(r -> r.actor().id());
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] cols = row.columns();
            out.put(cols[0].trim().toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1].trim() : "");
        }
        return Map.copyOf(out);
    }
}
