package org.orbat.export;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.model.Place;

/**
 * The second- and third-level divisions (ACLED's {@code admin2}, {@code admin3}) a stored place lies in, looked
 * up in the gazetteer the place was resolved from: the entry of the same name, in the same country, at the
 * place's coordinates (within {@link #SAME_PLACE_KM}); a place that is itself a second-level division is its
 * own. Empty when the gazetteer gives none (GeoNames' cities often lack admin2; only OCHA's Syrian places
 * have a sub-district, {@link Subdistricts}).
 */
@FunctionalInterface
public interface PlaceDivisions {
    /** Stored coordinates are the gazetteer's, rounded at most: farther apart, an entry is a namesake. */
    double SAME_PLACE_KM = 1.0;

    /** The place's second-level division, or "" when unknown. */
    String admin2(Place place);

    /** The place's third-level division (sub-district), or "" when unknown. */
    default String admin3(Place place) {
        return "";
    }

    /** No division is known. */
    static PlaceDivisions none() {
        return place -> "";
    }

    /** Divisions from {@code gazetteer}, loaded when the first place is asked about. */
    static PlaceDivisions from(Supplier<Gazetteer> gazetteer) {
        return new PlaceDivisions() {
            private Gazetteer loaded;

            private Subdistricts subdistricts;

            @Override
            public synchronized String admin2(Place place) {
                if ("admin2".equals(place.featureClass())) {
                    return place.name();
                }
                return first(place, GazetteerPlace::admin2);
            }

            /** Only a settlement's: a division pinned on its seat is not in the seat's sub-district alone. */
            @Override
            public synchronized String admin3(Place place) {
                if ("admin2".equals(place.featureClass()) || "governorate".equals(place.featureClass())) {
                    return "";
                }
                if (subdistricts == null) {
                    subdistricts = Subdistricts.loadDefault();
                }
                return first(place, subdistricts::of);
            }

            /** The first non-empty division {@code division} gives of the gazetteer entries that are this place. */
            private String first(Place place, Function<GazetteerPlace, String> division) {
                if (loaded == null) {
                    loaded = Objects.requireNonNull(gazetteer.get(), "gazetteer");
                }
                for (GazetteerPlace entry : loaded.find(place.name())) {
                    if (entry.country().equals(place.country()) && entry.distanceKm(place.lat(), place.lon()) <= SAME_PLACE_KM) {
                        String value = division.apply(entry);
                        if (!value.isEmpty()) {
                            return value;
                        }
                    }
                }
                return "";
            }
        };
    }
}
