package org.orbat.extract.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orbat.OrbatException;
import org.orbat.actors.ActorResolver;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Actor;

/**
 * Codes a state or government named as the actor of a violent event to its armed forces, after the
 * ACLED convention ("Military Forces of Syria"): "Russia bombed" is the Russian Aerospace Forces,
 * "the Assad regime attacked" the Syrian Arab Army, "Mali attacked" the Military Forces of Mali; and
 * finds the forces of the country an event happened in, for generic words such as "the military",
 * "security forces" or "police" ({@link #militaryOf}, {@link #policeOf}).
 *
 * <p>Data: {@code resources/extract/state-forces.tsv} (curated; wins, and its names must all
 * resolve), then {@code state-forces-generated.tsv} and {@code country-forces.tsv}, generated for
 * every state by {@code scripts/build-actors.py} from open country tables (a generated row whose names
 * the registry does not hold is skipped). Forces another actor has taken over by the event's day
 * ("Afghan forces" in 2022: the Military Forces of Afghanistan (2021-)) are given as that successor.
 * Immutable and thread-safe.
 */
final class StateForces {
    private static final String RESOURCE = "/extract/state-forces.tsv";
    private static final String GENERATED = "/extract/state-forces-generated.tsv";
    private static final String BY_COUNTRY = "/extract/country-forces.tsv";
    private static final String GENERIC = Language.ENGLISH.resource("generic-forces.tsv");

    private record Forces(String ground, String air) {
    }

    private record CountryForces(String military, String police) {
    }

    private final ActorResolver resolver;
    private final Map<String, Forces> byActor;
    private final Map<String, CountryForces> byCountry;
    private final Map<String, Boolean> genericPolice;
    /** The country (ISO alpha-2) each state's military, police and air force serve. */
    private final Map<String, String> countryOfForce;

    StateForces(ActorResolver resolver) {
        this.resolver = resolver;
        this.byActor = load(resolver);
        this.byCountry = loadCountries(resolver);
        this.genericPolice = loadGeneric();
        this.countryOfForce = countryOfForce(byCountry, byActor);
    }

    /**
     * Whether {@code forceId} is the force of another state than the one with ISO code {@code iso2}: the
     * ACLED codebook codes a foreign state's capture of a place as overtaken, not regained. False when
     * the force's state is not known.
     */
    boolean foreign(String forceId, String iso2) {
        String home = countryOfForce.get(forceId);
        return home != null && iso2 != null && !home.equalsIgnoreCase(iso2);
    }

    private static Map<String, String> countryOfForce(Map<String, CountryForces> byCountry, Map<String, Forces> byActor) {
        Map<String, String> out = new HashMap<>();
        byCountry.forEach((iso, f) -> {
            out.putIfAbsent(f.military(), iso);
            if (!f.police().isEmpty()) {
                out.putIfAbsent(f.police(), iso);
            }
        });
        for (Forces f : byActor.values()) {
            String home = out.get(f.ground());
            if (home != null) {
                out.putIfAbsent(f.air(), home);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The force that acted for {@code actorId}, or the actor itself: its air arm in an air strike
     * ({@code fromTheAir}), its ground forces in anything else, shelling included.
     */
    String forcesOf(String actorId, boolean fromTheAir) {
        Forces f = byActor.get(actorId);
        if (f == null) {
            return actorId;
        }
        return fromTheAir ? f.air() : f.ground();
    }

    /** {@link #forcesOf(String, boolean)} for an event of {@code day}, with any successor by then. */
    String forcesOf(String actorId, boolean fromTheAir, LocalDate day) {
        return resolver.successorAt(forcesOf(actorId, fromTheAir), day);
    }

    /**
     * The military of the country with ISO 3166-1 alpha-2 code {@code iso2} (a {@code Place}'s
     * country) on {@code day}: what "the military", "the army", "troops" or "security forces" name in a
     * report of an event there. Empty for a code no state's forces are known for.
     */
    Optional<String> militaryOf(String iso2, LocalDate day) {
        return Optional.ofNullable(byCountry.get(iso2.toUpperCase(Locale.ROOT)))
                .map(f -> resolver.successorAt(f.military(), day));
    }

    /** The police of the country with ISO code {@code iso2} on {@code day}: what "police" or "policemen" name there. */
    Optional<String> policeOf(String iso2, LocalDate day) {
        return Optional.ofNullable(byCountry.get(iso2.toUpperCase(Locale.ROOT))).map(CountryForces::police)
                .filter(p -> !p.isEmpty()).map(p -> resolver.successorAt(p, day));
    }

    /**
     * The forces a generic phrase names in a report of an event in the country {@code iso2} on
     * {@code day}: "the military" or "security forces" its military, "police" its police (the phrases
     * of {@code resources/lang/en/generic-forces.tsv}, case and a leading "the" ignored). Empty for
     * other phrases or an unknown country.
     */
    Optional<String> genericForce(String phrase, String iso2, LocalDate day) {
        String key = phrase.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        Boolean police = genericPolice.get(key);
        if (police == null) {
            return Optional.empty();
        }
        return police ? policeOf(iso2, day) : militaryOf(iso2, day);
    }

    /** Whether {@code phrase} is one of the generic words for a state's forces. */
    boolean isGenericForce(String phrase) {
        return genericPolice.containsKey(phrase.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", ""));
    }

    /**
     * The registry record of a force this table codes events to, so that an event naming it carries the
     * actor even when the article never named the force itself.
     */
    Optional<Actor> actor(String forceId) {
        return resolver.actor(forceId);
    }

    private static Map<String, Boolean> loadGeneric() {
        Map<String, Boolean> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(GENERIC)) {
            String[] cols = row.columns();
            if (cols.length < 2 || !cols[1].trim().matches("military|police")) {
                throw new OrbatException(GENERIC + ":" + row.line() + ": expected 'phrase<TAB>military|police'");
            }
            out.put(cols[0].trim().toLowerCase(Locale.ROOT), cols[1].trim().equals("police"));
        }
        return Map.copyOf(out);
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
        for (TsvResource.Row row : TsvResource.read(GENERATED)) {
            String[] cols = row.columns();
            Optional<String> state = id(resolver, cols[0]);
            Optional<String> ground = cols.length > 1 ? id(resolver, cols[1]) : Optional.empty();
            if (state.isPresent() && ground.isPresent()) {
                out.putIfAbsent(state.get(), new Forces(ground.get(), ground.get()));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, CountryForces> loadCountries(ActorResolver resolver) {
        Map<String, CountryForces> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(BY_COUNTRY)) {
            String[] cols = row.columns();
            Optional<String> military = cols.length > 1 ? id(resolver, cols[1]) : Optional.empty();
            Optional<String> police = cols.length > 2 ? id(resolver, cols[2]) : Optional.empty();
            military.ifPresent(m -> out.put(cols[0].trim(), new CountryForces(m, police.orElse(""))));
        }
        return Map.copyOf(out);
    }

    private static Optional<String> id(ActorResolver resolver, String name) {
        return resolver.resolve(name.trim()).map(res -> res.actor().id());
    }
}
