package org.orbat.extract.places.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;

/**
 * The shipped gazetteer's divisions for an imported point. An imported list names its divisions its own way
 * (GeoNames by code, an analyst by any spelling), while events are reported and scored by the gazetteer's names;
 * so a written admin1 is read as the country's division of that name (any spelling the gazetteer knows), and a
 * missing one, like the admin2, is taken from the nearest shipped settlement of the same country (the rule the
 * build script applies to OpenStreetMap and village-list points).
 */
final class Divisions {
    /** Grid cells of a quarter degree (about 28 km) in which nearest places are sought. */
    private static final double CELLS_PER_DEGREE = 4;
    /** Rings of cells searched around a point: about 1.5 degrees, beyond which a country's seat is no guide. */
    private static final int MAX_RING = 6;
    private static final int SETTLEMENT_SPECIFICITY = 3;

    private final Gazetteer gazetteer;
    private final Map<String, List<GazetteerPlace>> grid = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    Divisions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (GazetteerPlace place : gazetteer.places()) {
            countries.add(place.country());
            if (place.specificity() >= SETTLEMENT_SPECIFICITY && !place.admin1().isEmpty()) {
                grid.computeIfAbsent(cell(place.country(), row(place.lat()), row(place.lon())), k -> new ArrayList<>(2))
                    .add(place);
            }
        }
    }

    /** Whether the gazetteer has any place in {@code country}: an unknown code is a typing error. */
    boolean knowsCountry(String country) {
        return countries.contains(country);
    }

    /** The gazetteer's name of {@code country}'s first-level division written {@code written}, if it has one. */
    Optional<String> admin1(String country, String written) {
        Optional<GazetteerPlace> direct = gazetteer.governorate(country, written);
        if (direct.isPresent()) {
            return Optional.of(direct.get().admin1());
        }
        return gazetteer.find(written).stream()
            .filter(p -> p.isGovernorate() && p.country().equals(country))
            .map(GazetteerPlace::admin1)
            .findFirst();
    }

    /** The nearest shipped settlement of {@code country} within about 1.5 degrees, if any. */
    Optional<GazetteerPlace> nearest(String country, double lat, double lon) {
        int y = row(lat);
        int x = row(lon);
        GazetteerPlace best = null;
        double bestDistance = Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(lat));
        for (int ring = 0; ring <= MAX_RING; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dy), Math.abs(dx)) != ring) {
                        continue;
                    }
                    for (GazetteerPlace p : grid.getOrDefault(cell(country, y + dy, x + dx), List.of())) {
                        double d = Math.pow(p.lat() - lat, 2) + Math.pow((p.lon() - lon) * cos, 2);
                        if (d < bestDistance) {
                            best = p;
                            bestDistance = d;
                        }
                    }
                }
            }
            // one ring beyond the first hit: a closer place may lie in a neighbouring cell's corner
            if (best != null && ring >= 1) {
                return Optional.of(best);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int row(double degrees) {
        return (int) Math.floor(degrees * CELLS_PER_DEGREE);
    }

    private static String cell(String country, int y, int x) {
        return country + "/" + y + "/" + x;
    }
}
