package org.orbat.extract.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Countries that share a land border ({@code gazetteer/neighbours.tsv}, from GeoNames' countryInfo, CC BY 4.0): a
 * country's forces fight in and across its neighbours far more often than on another continent. Immutable.
 */
final class Neighbours {
    static final String RESOURCE = "gazetteer/neighbours.tsv";

    private final Map<String, Set<String>> byCountry;

    private Neighbours(Map<String, Set<String>> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    static Neighbours load() {
        Map<String, Set<String>> table = new HashMap<>();
        ResourceTables.rows(RESOURCE, 2, cols -> table.put(cols[0], Set.of(cols[1].split(","))));
        return new Neighbours(table);
    }

    /** {@code countries} and every country bordering one of them. */
    Set<String> withNeighbours(Set<String> countries) {
        Set<String> out = new HashSet<>(countries);
        countries.forEach(c -> out.addAll(byCountry.getOrDefault(c, Set.of())));
        return out;
    }
}
