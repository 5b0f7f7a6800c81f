package org.orbat.actors;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated actors of the Syrian and Iraqi wars, read from {@code actors/registry.json}: armed
 * groups, coalitions, state forces, states, governance bodies, leaders and reporting organizations,
 * each with aliases, abbreviations, dated lineage and the sources it was compiled from.
 * Immutable and safe to share between threads.
 */
public final class ActorRegistry {
    static final String DEFAULT_RESOURCE = "/actors/registry.json";

    private final Map<String, RegistryEntry> byId = new LinkedHashMap<>();
    private final List<RegistrySource> sources;

    public ActorRegistry(List<RegistryEntry> entries, List<RegistrySource> sources) {
        for (RegistryEntry entry : entries) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new InvalidRegistryException(entry.id(), "duplicate actor id");
            }
        }
        this.sources = List.copyOf(sources);
    }

    /** The registry shipped with Orbat. */
    public static ActorRegistry loadDefault() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InvalidRegistryException(DEFAULT_RESOURCE, "resource not found on the class path");
            }
            return RegistryReader.read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new InvalidRegistryException(DEFAULT_RESOURCE, e.getMessage());
        }
    }

    public List<RegistryEntry> entries() {
        return List.copyOf(byId.values());
    }

    public List<RegistrySource> sources() {
        return sources;
    }

    public Optional<RegistryEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RegistryEntry require(String id) {
        RegistryEntry entry = byId.get(id);
        if (entry == null) {
            throw new UnknownActorException(id);
        }
        return entry;
    }

    public int size() {
        return byId.size();
    }
}
