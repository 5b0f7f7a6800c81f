package org.orbat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.orbat.OrbatException;
import org.orbat.actors.ActorRegistry;
import org.orbat.actors.RegistryEntry;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Alias;

/**
 * The wars synthetic news is about, from Orbat's own data: every country the generated actor tables place at least
 * {@link #MIN_GROUPS} armed groups in ({@code actors/generated/home-countries.tsv}, from UCDP), with those groups and
 * the country's state forces as the actor registry names them ({@code actors/generated/countries.json} links forces
 * to states) and the country's cities, towns and villages from the gazetteer. Sorted by country code, so the same data
 * gives the same theatres.
 */
public final class Theatres {
    static final int MIN_GROUPS = 3;
    private static final String HOMES = "/actors/generated/home-countries.tsv";
    private static final String COUNTRIES = "/actors/generated/countries.json";
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village");
    /** Names a wire report could print as they are: capitalised, Latin letters, digits, spaces and the usual marks. */
    private static final Pattern PRINTABLE = Pattern.compile("[A-Z0-9][A-Za-z0-9 '.&-]{1,44}");

    /** The last word of an alias that names a state's men rather than its branches or weapons. */
    private static final Pattern FORCE_HEADS = Pattern.compile(".* (army|forces|troops|military|police|soldiers)");

    private Theatres() {
    }

    /** The theatres of the shipped registry and gazetteer. */
    public static List<Theatre> loadDefault() {
        return build(ActorRegistry.loadDefault(), Gazetteer.loadDefault());
    }

    static List<Theatre> build(ActorRegistry registry, Gazetteer gazetteer) {
        Map<String, List<String>> groupsByCountry = new TreeMap<>();
        for (TsvResource.Row row : TsvResource.read(HOMES)) {
            String[] cols = row.columns();
            if (cols.length != 2) {
                throw new OrbatException(HOMES + ":" + row.line() + ": expected 'actor-id<TAB>ISO2[ ISO2...]': " + row.text());
            }
            for (String country : cols[1].trim().split(" ")) {
                groupsByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(cols[0].trim());
            }
        }
        Map<String, List<String>> forcesByCountry = stateForces();
        Map<String, List<GazetteerPlace>> placesByCountry = new HashMap<>();
        for (GazetteerPlace p : gazetteer.places()) {
            if (p.country() != null && SETTLEMENTS.contains(p.featureClass()) && printable(p.name())) {
                List<GazetteerPlace> list = placesByCountry.computeIfAbsent(p.country(), k -> new ArrayList<>());
                for (int i = 0; i < p.weight(); i++) {
                    list.add(p);
                }
            }
        }
        List<Theatre> theatres = new ArrayList<>();
        groupsByCountry.forEach((country, ids) -> {
            List<Theatre.Party> groups = parties(registry, ids, false);
            List<GazetteerPlace> places = placesByCountry.getOrDefault(country, List.of());
            if (groups.size() >= MIN_GROUPS && !places.isEmpty()) {
                theatres.add(new Theatre(country, groups, parties(registry, forcesByCountry.getOrDefault(country, List.of()), true),
                    places));
            }
        });
        if (theatres.isEmpty()) {
            throw new OrbatException(HOMES + ": no country with " + MIN_GROUPS + " armed groups and places in the gazetteer");
        }
        return theatres;
    }

    private static List<Theatre.Party> parties(ActorRegistry registry, List<String> ids, boolean forces) {
        List<Theatre.Party> out = new ArrayList<>();
        for (String id : ids) {
            registry.find(id).flatMap(e -> party(e, forces)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The entry's printable names, or empty when its canonical name is not printable or it is no party to fighting.
     * With {@code forces}, only the aliases that name a body of men ("Yemeni army", "Yemeni police forces"): a state
     * force's table also lists its branches and weapons ("Yemeni air defence", "Yemeni drones").
     */
    static Optional<Theatre.Party> party(RegistryEntry entry, boolean forces) {
        if (!entry.actor().kind().isParty() || !printable(entry.actor().name())) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        names.add(entry.actor().name());
        for (Alias a : entry.actor().aliases()) {
            if (printable(a.name()) && !names.contains(a.name()) && (!forces || FORCE_HEADS.matcher(a.name()).matches())) {
                names.add(a.name());
            }
        }
        int abbreviations = 0;
        for (String abbreviation : entry.abbreviations()) {
            if (printable(abbreviation) && !names.contains(abbreviation)) {
                names.add(abbreviation);
                abbreviations++;
            }
        }
        return Optional.of(new Theatre.Party(entry.id(), names, abbreviations));
    }

    static boolean printable(String name) {
        return name != null && PRINTABLE.matcher(name).matches();
    }

    /** Each country's state forces by ISO code, in file order (the army before the police). */
    private static Map<String, List<String>> stateForces() {
        JsonNode actors;
        try (InputStream in = Theatres.class.getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new OrbatException("Missing resource " + COUNTRIES);
            }
            actors = new ObjectMapper().readTree(in).path("actors");
        } catch (IOException e) {
            throw new OrbatException("Cannot read resource " + COUNTRIES, e);
        }
        Map<String, String> isoOfState = new HashMap<>();
        for (JsonNode a : actors) {
            if (a.path("kind").asText().equals("state") && a.hasNonNull("iso2")) {
                isoOfState.put(a.path("id").asText(), a.path("iso2").asText());
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode a : actors) {
            String iso = isoOfState.get(a.path("state").asText());
            if (a.path("kind").asText().equals("state_force") && iso != null) {
                out.computeIfAbsent(iso, k -> new ArrayList<>()).add(a.path("id").asText());
            }
        }
        return out;
    }
}
