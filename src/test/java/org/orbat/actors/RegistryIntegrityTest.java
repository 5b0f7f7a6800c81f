package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.orbat.model.Lineage;

class RegistryIntegrityTest {
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();
    private static final ActorRegistry REGISTRY = RESOLVER.registry();

    @Test
    void holdsAtLeastOneHundredEightyActors() {
        assertThat(REGISTRY.size()).isGreaterThanOrEqualTo(180);
    }

    @Test
    void givesEveryActorAUniqueKebabId() {
        Set<String> seen = new HashSet<>();
        for (RegistryEntry e : REGISTRY.entries()) {
            assertThat(e.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(seen.add(e.id())).as(e.id()).isTrue();
        }
    }

    @Test
    void pointsEveryLineageAtAKnownActor() {
        for (RegistryEntry e : REGISTRY.entries()) {
            for (Lineage l : e.actor().lineage()) {
                assertThat(l.type()).isIn("renamed_to", "merged_into", "split_from", "dissolved");
                if (!l.type().equals("dissolved")) {
                    assertThat(REGISTRY.find(l.target())).as(e.id() + " -> " + l.target()).isPresent();
                }
            }
        }
    }

    @Test
    void citesAKnownSourceForEveryActor() {
        Set<String> sourceIds = REGISTRY.sources().stream().map(RegistrySource::id).collect(Collectors.toSet());
        for (RegistryEntry e : REGISTRY.entries()) {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            for (String s : e.sources()) {
                assertThat(sourceIds).as(e.id() + " cites " + s).contains(s.split(":", 2)[0]);
            }
        }
    }

    @Test
    void sharesNoAliasKeyBetweenTwoCuratedActors() {
        ActorRegistry curated = RegistryLayers.stack(List.of(ActorRegistry.load("/actors/registry.json"),
                ActorRegistry.load("/actors/current-wars.json")), NameNormaliser.standard());
        TransliterationActorResolver resolver = new TransliterationActorResolver(curated, NameNormaliser.standard(),
                SpellingTables.loadDefault());
        // "GNA forces" and "GNU forces" share a key, but names with an acronym only match as written
        Set<String> acronymKeys = curated.entries().stream().flatMap(e -> e.actor().aliases().stream())
                .filter(a -> Acronyms.within(a.name())).map(a -> NameNormaliser.standard().key(a.name()))
                .collect(Collectors.toSet());
        assertThat(resolver.index().ambiguousKeys().keySet()).isSubsetOf(acronymKeys);
    }

    @Test
    void resolvesEveryCuratedNameAndAliasBackToItsActor() {
        for (RegistryEntry e : REGISTRY.entries()) {
            if (generated(e)) {
                continue;
            }
            assertThat(RESOLVER.resolve(e.actor().name())).as(e.actor().name())
                    .hasValueSatisfying(r -> assertThat(r.actor().id()).isEqualTo(e.id()));
            e.actor().aliases().forEach(alias -> assertThat(RESOLVER.resolve(alias.name())).as(alias.name())
                    .hasValueSatisfying(r -> assertThat(r.actor().id()).isEqualTo(e.id())));
            e.abbreviations().forEach(abbreviation -> assertThat(RESOLVER.resolve(abbreviation)).as(abbreviation)
                    .hasValueSatisfying(r -> assertThat(r.actor().id()).isEqualTo(e.id())));
        }
    }

    /** A generated alias two countries share ("Congolese forces") resolves to neither, never to a third actor. */
    @Test
    void resolvesEveryGeneratedAliasToItsActorOrToNone() {
        for (RegistryEntry e : REGISTRY.entries()) {
            e.actor().aliases().forEach(alias -> RESOLVER.resolve(alias.name()).ifPresent(r ->
                    assertThat(r.actor().id()).as(alias.name()).isEqualTo(e.id())));
        }
    }

    private static boolean generated(RegistryEntry e) {
        return e.sources().stream().allMatch(s -> s.startsWith("countries:") || s.startsWith("phoenix:")
                || s.startsWith("ucdp:actor"));
    }
}
