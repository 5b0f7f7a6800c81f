package org.orbat.model;

import java.util.Objects;

/**
 * A resolved place mention.
 *
 * @param name the name as the gazetteer knows it
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param admin1 the first-level division (governorate / province), in its common English form
 * @param country ISO 3166-1 alpha-2 code
 * @param featureClass {@code city}, {@code town}, {@code village}, {@code military_base}, {@code airport},
 *                     {@code district} (a city district), {@code mountain}, {@code region}, {@code governorate}
 *                     (any country's first-level division), {@code admin2} (second-level division), {@code landmark}
 * @param precision {@code exact}, {@code near} or {@code governorate}
 */
public record Place(String name, double lat, double lon, String admin1, String country, String featureClass,
                    String precision) {
    public Place {
        Objects.requireNonNull(name, "name");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Coordinates out of range for " + name + ": " + lat + "," + lon);
        }
    }

    /**
     * The precision as ACLED's {@code geo_precision} codes it: 1 the place itself, 2 near it or a part of a
     * region (also a second-level division), 3 only the first-level division (pinned on its capital).
     */
    public int geoPrecision() {
        if ("governorate".equals(precision)) {
            return 3;
        }
        return "near".equals(precision) ? 2 : 1;
    }
}
