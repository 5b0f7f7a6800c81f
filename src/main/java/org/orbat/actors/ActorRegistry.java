package org.orbat.actors;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known actors: the curated actors of the Syrian and Iraqi wars ({@code actors/registry.json}) and
 * of other current wars ({@code actors/current-wars.json}), then every country's state, military and
 * police and UCDP's armed groups, generated from open tables ({@code actors/generated/}): armed groups,
 * coalitions, state forces, states, governance bodies, leaders and reporting organizations, each with
 * aliases, abbreviations, dated lineage and the sources it was compiled from.
 * Immutable and safe to share between threads.
 */
public final class ActorRegistry {
    static final String DEFAULT_RESOURCE = "/actors/registry.json";
    /**
     * The shipped files in order of trust: curated Syrian and Iraqi actors, curated actors of other
     * current wars, then the tables {@code scripts/build-actors.py} generates from open data (every
     * country's state and forces; UCDP's armed groups). See {@link RegistryLayers} for how they stack.
     */
    static final List<String> DEFAULT_LAYERS = List.of(DEFAULT_RESOURCE, "/actors/current-wars.json",
            "/actors/generated/countries.json", "/actors/generated/ucdp.json");
    /** How many of {@link #DEFAULT_LAYERS} are curated by hand. */
    static final int CURATED_LAYERS = 2;

    private final Map<String, RegistryEntry> byId = new LinkedHashMap<>();
    private final List<RegistrySource> sources;
    private final Map<String, List<Successor>> successors = new HashMap<>();
    private final Set<String> generated;

    private record Successor(String id, Succession succession) {
    }

    public ActorRegistry(List<RegistryEntry> entries, List<RegistrySource> sources) {
        this(entries, sources, Set.of());
    }

    /**
     * @param generated ids of the actors generated from open tables rather than curated: their
     *                  one-word names only match as spelt ({@link #isGenerated})
     */
    public ActorRegistry(List<RegistryEntry> entries, List<RegistrySource> sources, Set<String> generated) {
        this.generated = Set.copyOf(generated);
        for (RegistryEntry entry : entries) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new InvalidRegistryException(entry.id(), "duplicate actor id");
            }
        }
        this.sources = List.copyOf(sources);
        for (RegistryEntry entry : entries) {
            for (Succession s : entry.takesOver()) {
                successors.computeIfAbsent(s.predecessor(), k -> new ArrayList<>())
                        .add(new Successor(entry.id(), s));
            }
        }
    }

    /** The registry shipped with Orbat: its curated and generated files, stacked. */
    public static ActorRegistry loadDefault() {
        List<ActorRegistry> layers = new ArrayList<>();
        for (String resource : DEFAULT_LAYERS) {
            layers.add(load(resource));
        }
        return RegistryLayers.stack(layers, CURATED_LAYERS, NameNormaliser.standard(),
                new Designators(NameNormaliser.standard(), SpellingTables.loadDefault()));
    }

    /** One registry file from the class path. */
    static ActorRegistry load(String resource) {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRegistryException(resource, "resource not found on the class path");
            }
            return RegistryReader.read(in, resource);
        } catch (IOException e) {
            throw new InvalidRegistryException(resource, e.getMessage());
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
            throw new NotInRegistryException(id);
        }
        return entry;
    }

    /**
     * The actor that stands for {@code id} in a report of {@code day}: its successor when one has
     * taken it over by then ({@link Succession}), else {@code id} itself.
     */
    public String successorAt(String id, LocalDate day) {
        String current = id;
        for (int hops = 0; hops < 4; hops++) {
            String next = successors.getOrDefault(current, List.of()).stream()
                    .filter(s -> s.succession().covers(day)).map(Successor::id).findFirst().orElse(null);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * Whether the actor comes only from a generated table. The spelling rules fold vowels, which
     * suits Arabic transliterations but would read the town of Pale as Palau or Kabi as Cuba, so a
     * generated actor's one-word names are matched as spelt.
     */
    public boolean isGenerated(String id) {
        return generated.contains(id);
    }

    public int size() {
        return byId.size();
    }
}
