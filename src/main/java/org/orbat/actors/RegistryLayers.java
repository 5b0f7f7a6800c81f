package org.orbat.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;

/**
 * Stacks registry files in order of trust: the curated files first, then the tables generated from
 * open data ({@code scripts/build-actors.py}). A later layer never takes a name from an earlier one,
 * so a curated convention wins over a generated alias of the same key ("Syrian forces" stays the
 * Syrian Arab Army's):
 * <ul>
 *   <li>an entry with the id of an earlier actor adds its names to that actor (how the generated
 *       "Turkish soldiers" reach the curated Turkish Armed Forces);</li>
 *   <li>an entry whose name an earlier actor already holds is the same actor under another id and is
 *       left out (UCDP's "Hamas");</li>
 *   <li>any other alias or abbreviation an earlier actor holds is dropped.</li>
 * </ul>
 * Two entries of one layer may share a key ("Congolese forces" for both Congos); the index then
 * keeps it ambiguous. Stateless.
 */
final class RegistryLayers {
    private RegistryLayers() {
    }

    /** Curated layers only: every name they list is kept unless an earlier layer holds it. */
    static ActorRegistry stack(List<ActorRegistry> layers, NameNormaliser normaliser) {
        return stack(layers, layers.size(), normaliser, null);
    }

    /**
     * The first {@code curated} layers are kept as written; in the later, generated ones a name whose
     * key is short or one generic word is also dropped: the Wa of "Wa army" is a connector the
     * spelling rules remove, which would leave every "army" a mention of the United Wa State Army.
     */
    static ActorRegistry stack(List<ActorRegistry> layers, int curated, NameNormaliser normaliser,
                               Designators designators) {
        Map<String, RegistryEntry> byId = new LinkedHashMap<>();
        Map<String, String> owners = new HashMap<>();
        Set<String> abbreviations = new HashSet<>();
        Map<String, RegistrySource> sources = new LinkedHashMap<>();
        Set<String> generatedIds = new HashSet<>();
        for (int index = 0; index < layers.size(); index++) {
            ActorRegistry layer = layers.get(index);
            boolean generated = index >= curated;
            Map<String, String> layerOwners = new HashMap<>();
            Set<String> layerAbbreviations = new HashSet<>();
            for (RegistryEntry entry : layer.entries()) {
                RegistryEntry earlier = byId.get(entry.id());
                String nameKey = normaliser.key(entry.actor().name());
                boolean group = entry.actor().kind() == ActorKind.GROUP;
                if (earlier == null && (owners.containsKey(nameKey) || generated && !usable(nameKey, group, designators))) {
                    continue;
                }
                List<Alias> aliases = new ArrayList<>();
                Set<String> names = new LinkedHashSet<>();
                if (earlier != null) {
                    aliases.addAll(earlier.actor().aliases());
                    names.add(entry.actor().name());
                }
                entry.actor().aliases().forEach(a -> names.add(a.name()));
                for (String name : names) {
                    String key = normaliser.key(name);
                    if (key.isEmpty() || owners.containsKey(key) || generated && !usable(key, group, designators)) {
                        continue;
                    }
                    layerOwners.putIfAbsent(key, entry.id());
                    aliases.add(Alias.registry(name));
                }
                List<String> abbreviated = new ArrayList<>(earlier == null ? List.of() : earlier.abbreviations());
                for (String abbreviation : entry.abbreviations()) {
                    if (!abbreviations.contains(abbreviation) && !abbreviated.contains(abbreviation)
                            && !owners.containsKey(normaliser.key(abbreviation))) {
                        abbreviated.add(abbreviation);
                        layerAbbreviations.add(abbreviation);
                    }
                }
                RegistryEntry base = earlier == null ? entry : earlier;
                if (earlier == null && generated) {
                    generatedIds.add(entry.id());
                }
                layerOwners.putIfAbsent(normaliser.key(base.actor().name()), entry.id());
                Actor actor = base.actor();
                List<String> entrySources = new ArrayList<>(base.sources());
                if (earlier != null) {
                    entry.sources().stream().filter(s -> !entrySources.contains(s)).forEach(entrySources::add);
                }
                byId.put(entry.id(), new RegistryEntry(new Actor(actor.id(), actor.name(), actor.kind(), aliases,
                        actor.lineage(), actor.discovered()), abbreviated, base.references(), entrySources,
                        base.takesOver()));
            }
            if (index == 0) {
                // the first layer's own references are conventions no later layer may take either
                for (RegistryEntry entry : layer.entries()) {
                    entry.references().forEach(r -> layerOwners.putIfAbsent(normaliser.key(r), entry.id()));
                }
            }
            layerOwners.forEach(owners::putIfAbsent);
            abbreviations.addAll(layerAbbreviations);
            layer.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        }
        return new ActorRegistry(new ArrayList<>(byId.values()), new ArrayList<>(sources.values()), generatedIds);
    }

    /**
     * Whether a generated name is safe to match: not one generic word, and a group's one-word name
     * long enough that the spelling rules, which fold vowels, do not meet common words with it (UCDP's
     * "Massa" would match the town of Muse). Country names ("Mali", "Chad") are kept at any length.
     */
    private static boolean usable(String key, boolean group, Designators designators) {
        if (key.contains(" ")) {
            return true;
        }
        return !designators.isGeneric(key) && (key.length() >= (group ? 6 : 3));
    }
}
