package org.orbat.export;

import java.util.Objects;
import java.util.function.Supplier;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.model.Place;

/**
 * The second-level division (ACLED's {@code admin2}) a stored place lies in, looked up in the gazetteer the
 * place was resolved from: the entry of the same name, in the same country, at the place's coordinates (within
 * {@link #SAME_PLACE_KM}); a place that is itself a second-level division is its own. Empty when the gazetteer
 * gives none (GeoNames' cities often lack it; OCHA's Syrian villages have it).
 */
@FunctionalInterface
public interface PlaceDivisions {
    /** Stored coordinates are the gazetteer's, rounded at most: farther apart, an entry is a namesake. */
    double SAME_PLACE_KM = 1.0;

    /** The place's second-level division, or "" when unknown. */
    String admin2(Place place);

    /** No division is known. */
    static PlaceDivisions none() {
        return place -> "";
    }

    /** Divisions from {@code gazetteer}, loaded when the first place is asked about. */
    static PlaceDivisions from(Supplier<Gazetteer> gazetteer) {
        return new PlaceDivisions() {
            private Gazetteer loaded;

            @Override
            public synchronized String admin2(Place place) {
                if ("admin2".equals(place.featureClass())) {
                    return place.name();
                }
                if (loaded == null) {
                    loaded = Objects.requireNonNull(gazetteer.get(), "gazetteer");
                }
                for (GazetteerPlace entry : loaded.find(place.name())) {
                    if (entry.country().equals(place.country()) && !entry.admin2().isEmpty()
                        && entry.distanceKm(place.lat(), place.lon()) <= SAME_PLACE_KM) {
                        return entry.admin2();
                    }
                }
                return "";
            }
        };
    }
}
