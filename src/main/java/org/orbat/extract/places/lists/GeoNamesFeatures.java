package org.orbat.extract.places.lists;

import java.util.Map;

/**
 * GeoNames feature codes (https://www.geonames.org/export/codes.html) as the gazetteer's feature classes and
 * weights, by the same rules as {@code scripts/build-gazetteer.py}: a populated place weighs by its seat level
 * and population, an airport or base is a spot the news names on its own; anything else an analyst lists
 * (a hill, a bridge, a camp) is kept as a landmark.
 */
final class GeoNamesFeatures {
    /** Feature class and weight. */
    record Feature(String featureClass, int weight) {
    }

    private static final Map<String, Integer> SEAT_WEIGHT =
        Map.of("PPLC", 6, "PPLG", 5, "PPLA", 5, "PPLA2", 4, "PPLA3", 3, "PPLA4", 3);
    private static final Map<String, Feature> SPOTS = Map.of("AIRP", new Feature("airport", 3),
        "AIRB", new Feature("military_base", 3), "MILB", new Feature("military_base", 3),
        "INSM", new Feature("military_base", 3), "AIRF", new Feature("airport", 2));
    private static final int CITY = 4;
    private static final int TOWN = 3;
    private static final int MINOR = 2;

    private GeoNamesFeatures() {
    }

    static Feature of(String featureClass, String featureCode, long population) {
        switch (featureClass) {
            case "P" -> {
                int weight = weightOf(featureCode, population);
                return new Feature(weight >= CITY ? "city" : weight >= TOWN ? "town" : "village", weight);
            }
            case "S" -> {
                return SPOTS.getOrDefault(featureCode, new Feature("landmark", MINOR));
            }
            case "T" -> {
                return new Feature("mountain", MINOR);
            }
            case "A" -> {
                return featureCode.equals("ADM2") ? new Feature("admin2", TOWN) : new Feature("region", CITY);
            }
            default -> {
                return new Feature("landmark", MINOR);
            }
        }
    }

    /** A seat's level, raised by population: a million makes 5, 100,000 4, 10,000 3, 1,000 2. */
    static int weightOf(String featureCode, long population) {
        int weight = SEAT_WEIGHT.getOrDefault(featureCode, 1);
        if (population >= 1_000_000) {
            weight = Math.max(weight, 5);
        } else if (population >= 100_000) {
            weight = Math.max(weight, 4);
        } else if (population >= 10_000) {
            weight = Math.max(weight, 3);
        } else if (population >= 1_000) {
            weight = Math.max(weight, 2);
        }
        return weight;
    }
}
