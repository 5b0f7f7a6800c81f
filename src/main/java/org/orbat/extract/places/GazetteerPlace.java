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
 * @param admin1 first-level division in Orbat's English form ("Aleppo", "Rif Dimashq", "Anbar")
 * @param country ISO 3166-1 alpha-2 code
 * @param featureClass one of {@link Place}'s feature classes
 * @param weight importance, 1 (village) to 6 (capital, governorate): prefers the bigger of two namesakes
 * @param source where the entry comes from (OCHA/HDX pcode, GeoNames id, curated reference)
 */
public record GazetteerPlace(String name, List<String> alternates, double lat, double lon, String admin1,
                             String country, String featureClass, int weight, String source) {
    public GazetteerPlace {
        Objects.requireNonNull(name, "name");
        alternates = List.copyOf(alternates);
        if (weight < 1 || weight > 6) {
            throw new IllegalArgumentException("Weight must be 1 to 6 for " + name + ": " + weight);
        }
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
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
