package org.orbat.bench;

import java.util.List;
import java.util.Objects;
import org.orbat.extract.places.GazetteerPlace;

/**
 * One war the synthetic news covers: a country, the armed groups fighting in it, its government's forces and the
 * places reports name.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param groups armed groups at home in the country (at least two)
 * @param government the state's forces (army first, then police), empty when the registry has none
 * @param places the country's cities, towns and villages, each listed as often as its gazetteer weight
 */
public record Theatre(String country, List<Party> groups, List<Party> government, List<GazetteerPlace> places) {
    public Theatre {
        Objects.requireNonNull(country, "country");
        groups = List.copyOf(groups);
        government = List.copyOf(government);
        places = List.copyOf(places);
        if (groups.size() < 2 || places.isEmpty()) {
            throw new IllegalArgumentException("A theatre needs two groups and a place, got " + groups.size() + " and "
                + places.size() + " for " + country);
        }
    }

    /**
     * One actor as reports write it.
     *
     * @param id the registry id
     * @param names the canonical name first, then aliases in Latin script, then abbreviations
     * @param abbreviations how many of {@code names}, at the end, are abbreviations
     */
    public record Party(String id, List<String> names, int abbreviations) {
        public Party {
            Objects.requireNonNull(id, "id");
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("A party needs a name: " + id);
            }
        }
    }
}
