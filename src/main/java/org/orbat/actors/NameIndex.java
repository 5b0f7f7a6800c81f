package org.orbat.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.model.Alias;

/**
 * Hash maps from normalised keys to registry actors: names and aliases, designator cores,
 * case-sensitive abbreviations and lower-case coder conventions. A key held by two actors is kept
 * as ambiguous and resolves to nothing. Built once; immutable and thread-safe afterwards.
 */
final class NameIndex {
    /** A lookup outcome: one actor, several (ambiguous), or none. */
    record Hit(Set<String> ids) {
        static final Hit NONE = new Hit(Set.of());

        boolean found() {
            return !ids.isEmpty();
        }

        boolean unique() {
            return ids.size() == 1;
        }

        String id() {
            return ids.iterator().next();
        }
    }

    private final Map<String, Set<String>> byKey = new HashMap<>();
    private final Map<String, Set<String>> byCore = new HashMap<>();
    private final Map<String, Set<String>> byAbbreviation = new HashMap<>();
    private final Map<String, Set<String>> byReference = new HashMap<>();
    private final Map<String, Set<String>> bySurface = new HashMap<>();
    private final Map<String, String> canonicalNames = new HashMap<>();
    private final Map<String, Set<String>> generatedWords = new HashMap<>();
    private final NameNormaliser normaliser;
    private final Designators designators;

    NameIndex(ActorRegistry registry, NameNormaliser normaliser, Designators designators) {
        this.normaliser = normaliser;
        this.designators = designators;
        for (RegistryEntry entry : registry.entries()) {
            String id = entry.id();
            canonicalNames.put(NameNormaliser.lower(entry.actor().name()), id);
            addName(entry.actor().name(), id);
            for (Alias alias : entry.actor().aliases()) {
                addName(alias.name(), id);
            }
            if (registry.isGenerated(id)) {
                Set<String> words = generatedWords.computeIfAbsent(id, k -> new HashSet<>());
                words.addAll(words(entry.actor().name()));
                entry.actor().aliases().forEach(a -> words.addAll(words(a.name())));
            }
            for (String abbreviation : entry.abbreviations()) {
                put(byAbbreviation, abbreviation, id);
                put(byAbbreviation, abbreviation.replace(".", ""), id);
            }
            for (String reference : entry.references()) {
                put(byReference, normaliser.key(reference), id);
            }
        }
        // a derived core that is also some actor's full key belongs to that actor only
        byCore.keySet().removeIf(byKey::containsKey);
    }

    private void addName(String name, String id) {
        String key = normaliser.key(name);
        if (key.isEmpty()) {
            return;
        }
        put(byKey, key, id);
        put(bySurface, NameNormaliser.lower(name), id);
        // a one-token core of three letters or fewer is an abbreviation's key ("US forces"): never a core
        designators.core(key).filter(designators::distinctive).filter(core -> core.length() > 3 || core.contains(" "))
                .ifPresent(core -> put(byCore, core, id));
    }

    private static void put(Map<String, Set<String>> map, String key, String id) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
    }

    private static Hit hit(Set<String> ids) {
        return ids == null ? Hit.NONE : new Hit(ids);
    }

    Hit key(String key) {
        return hit(byKey.get(key));
    }

    Hit abbreviation(String exact) {
        return hit(byAbbreviation.get(exact));
    }

    Hit reference(String key) {
        return hit(byReference.get(key));
    }

    Hit surface(String text) {
        return hit(bySurface.get(NameNormaliser.lower(text)));
    }

    /** The key's actor through its designator core: the core is a registry key, or a distinctive registry core. */
    Hit core(String key) {
        Set<String> direct = byCore.get(key);
        if (direct != null) {
            return new Hit(direct);
        }
        Optional<String> core = designators.core(key);
        if (core.isEmpty()) {
            return Hit.NONE;
        }
        Set<String> ids = byKey.get(core.get());
        if (ids == null && designators.distinctive(core.get())) {
            ids = byCore.get(core.get());
        }
        return hit(ids);
    }

    /**
     * Whether the words that make the text's designator core are spelt as in one of the actor's names, for an
     * actor generated from open data: its names are many and short, and the spelling rules fold vowels, so a
     * core read through them alone ("Susi" of "Susi Air" and "Suisse", both {@code sasa}) makes an airline the
     * Swiss air force. Curated actors keep the rule's reach ("Hazm Party" is the Hazm Movement).
     */
    boolean coreSpelt(String id, String text) {
        Set<String> spelt = generatedWords.get(id);
        if (spelt == null) {
            return true;
        }
        // the key itself is a core when a registry name's core is the whole of it ("Susi Air" and "Suisse Air ...")
        String key = normaliser.key(text);
        Set<String> coreKeys = Set.of(designators.core(key).orElse(key).split(" "));
        for (String word : words(text)) {
            if (coreKeys.contains(normaliser.key(word)) && !spelt.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String word : NameNormaliser.lower(name).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    boolean isCanonicalName(String text, String id) {
        return id.equals(canonicalNames.get(NameNormaliser.lower(text)));
    }

    /** Every key held by more than one actor, with its holders: for the registry integrity check. */
    Map<String, Set<String>> ambiguousKeys() {
        Map<String, Set<String>> out = new HashMap<>();
        byKey.forEach((k, v) -> {
            if (v.size() > 1) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** All registry keys (for the benchmark and diagnostics). */
    Set<String> keys() {
        return byKey.keySet();
    }
}
