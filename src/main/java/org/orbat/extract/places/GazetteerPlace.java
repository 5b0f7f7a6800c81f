package org.orbat.extract.places;

import java.util.List;
import java.util.Objects;
import org.orbat.model.Place;

/**
 * One gazetteer entry.
 *
 * @param name the name the gazetteer shows (OCHA spelling for Syrian settlements)
 * @param alternates other spellings that resolve to it
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param admin1 first-level division in Orbat's English form ("Aleppo", "Rif Dimashq", "Anbar", "Ghazni")
 * @param admin2 second-level division (district), empty when unknown
 * @param country ISO 3166-1 alpha-2 code
 * @param featureClass one of {@link Place}'s feature classes; {@code governorate} is any first-level division,
 *                     {@code admin2} any second-level one (both pinned on their seat, as ACLED codes them)
 * @param weight importance, 1 (village) to 6 (capital, governorate): prefers the bigger of two namesakes
 * @param population inhabitants as GeoNames gives them, 0 when unknown
 * @param source where the entry comes from (OCHA/HDX pcode, GeoNames id, OpenStreetMap node, curated reference)
 */
public record GazetteerPlace(String name, List<String> alternates, double lat, double lon, String admin1,
                             String admin2, String country, String featureClass, int weight, long population,
                             String source) {
    public GazetteerPlace {
        Objects.requireNonNull(name, "name");
        alternates = List.copyOf(alternates);
        if (weight < 1 || weight > 6) {
            throw new IllegalArgumentException("Weight must be 1 to 6 for " + name + ": " + weight);
        }
        if (population < 0) {
            throw new IllegalArgumentException("Population cannot be negative for " + name + ": " + population);
        }
    }

    /** The entry of the first, Syria-only gazetteer format: no district, no population. */
    public GazetteerPlace(String name, List<String> alternates, double lat, double lon, String admin1,
                          String country, String featureClass, int weight, String source) {
        this(name, alternates, lat, lon, admin1, "", country, featureClass, weight, 0, source);
    }

    /** A second-level division (district) rather than a settlement. */
    public boolean isDistrict() {
        return featureClass.equals("admin2");
    }

    /**
     * How specific the place is, for choosing the most specific place a text names: 0 first-level division,
     * 1 region, 2 second-level division, 3 city, 4 town, 5 village, neighbourhood, base or landmark.
     */
    public int specificity() {
        return specificity(featureClass);
    }

    static int specificity(String featureClass) {
        return switch (featureClass) {
            case "governorate" -> 0;
            case "region", "mountain" -> 1;
            case "admin2" -> 2;
            case "city" -> 3;
            case "town" -> 4;
            default -> 5;
        };
    }

    /** A governorate (first-level division) rather than a point place. */
    public boolean isGovernorate() {
        return featureClass.equals("governorate");
    }

    /** Significant enough to accept on its name alone: a city, seat, base, landmark, region or governorate. */
    public boolean isSignificant() {
        return weight >= 3;
    }

    /** As the model's {@link Place}, with the precision the mention gives it. */
    public Place toPlace(String precision) {
        return new Place(name, lat, lon, admin1, country, featureClass, precision);
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(GazetteerPlace other) {
        return distanceKm(other.lat, other.lon);
    }

    /** Great-circle distance in kilometres to the point {@code (otherLat, otherLon)}. */
    public double distanceKm(double otherLat, double otherLon) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(otherLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(otherLon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
