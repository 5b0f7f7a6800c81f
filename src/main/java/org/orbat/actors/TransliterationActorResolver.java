package org.orbat.actors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves one name out of context to a registry actor through {@link NameNormaliser} keys: exact
 * registry names first, then case-sensitive abbreviations ({@code IS} but not {@code is},
 * {@code US} but not {@code us}; dots ignored, so {@code U.S.}), then spelling rules (the normalised
 * key), coder conventions ({@code regime forces}) and designator cores ({@code Hazm Party} to the
 * Hazm Movement). A name whose key two actors share resolves to nothing rather than to a guess.
 *
 * <p>Lookups are hash-map reads on a key built in one pass over the name: a few microseconds.
 * Immutable and safe to share between threads.
 */
public final class TransliterationActorResolver implements ActorResolver {
    private final ActorRegistry registry;
    private final NameNormaliser normaliser;
    private final Designators designators;
    private final NameIndex index;

    public TransliterationActorResolver(ActorRegistry registry, NameNormaliser normaliser, SpellingTables tables) {
        this.registry = registry;
        this.normaliser = normaliser;
        this.designators = new Designators(normaliser, tables);
        this.index = new NameIndex(registry, normaliser, designators);
    }

    /** The resolver over the shipped registry and spelling tables. */
    public static TransliterationActorResolver loadDefault() {
        return new TransliterationActorResolver(ActorRegistry.loadDefault(), NameNormaliser.standard(),
                SpellingTables.loadDefault());
    }

    @Override
    public Optional<Resolution> resolve(String name) {
        return match(name).map(m -> new Resolution(registry.require(m.actorId()).actor(), m.rule()));
    }

    @Override
    public String successorAt(String actorId, LocalDate day) {
        return registry.successorAt(actorId, day);
    }

    @Override
    public Optional<org.orbat.model.Actor> actor(String actorId) {
        return registry.find(actorId).map(RegistryEntry::actor);
    }

    /** Like {@link #resolve} but throws {@link NotInRegistryException} when the name resolves to no single actor. */
    public Resolution requireResolution(String name) {
        return resolve(name).orElseThrow(() -> new NotInRegistryException(name));
    }

    Optional<NameMatch> match(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        NameIndex.Hit abbreviation = index.abbreviation(trimmed.replace(".", ""));
        if (abbreviation.found()) {
            return unique(abbreviation, "abbreviation");
        }
        NameIndex.Hit surface = index.surface(trimmed);
        if (surface.found()) {
            if (!surface.unique()) {
                return Optional.empty();
            }
            return Optional.of(new NameMatch(surface.id(),
                    index.isCanonicalName(trimmed, surface.id()) ? "exact" : "registry"));
        }
        // the spelling rules fold "IS" and "US" to one key: a name with an acronym must be written as listed
        if (Acronyms.within(trimmed)) {
            return Optional.empty();
        }
        Optional<NameMatch> byKey = matchKey(normaliser.key(trimmed));
        // a generated actor's or a state's one-word name only matches as spelt ("Pale" is not Palau, "Saada" not Saudi Arabia)
        if (byKey.isPresent() && !trimmed.contains(" ") && (registry.isGenerated(byKey.get().actorId())
                || registry.require(byKey.get().actorId()).actor().kind() == org.orbat.model.ActorKind.STATE)) {
            return Optional.empty();
        }
        if (byKey.isPresent() && "designator".equals(byKey.get().rule()) && !index.coreSpelt(byKey.get().actorId(), trimmed)) {
            return Optional.empty();
        }
        return byKey;
    }

    /** Resolution of an already normalised key: spelling rule, convention, then designator core. */
    Optional<NameMatch> matchKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        NameIndex.Hit byKey = index.key(key);
        if (byKey.found()) {
            return unique(byKey, "spelling rule");
        }
        NameIndex.Hit reference = index.reference(key);
        if (reference.found()) {
            return unique(reference, "convention");
        }
        return unique(index.core(key), "designator");
    }

    private static Optional<NameMatch> unique(NameIndex.Hit hit, String rule) {
        return hit.unique() ? Optional.of(new NameMatch(hit.id(), rule)) : Optional.empty();
    }

    public ActorRegistry registry() {
        return registry;
    }

    public NameNormaliser normaliser() {
        return normaliser;
    }

    Designators designators() {
        return designators;
    }

    NameIndex index() {
        return index;
    }
}
