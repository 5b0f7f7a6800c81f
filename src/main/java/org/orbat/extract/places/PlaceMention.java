package org.orbat.extract.places;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orbat.model.Place;

/**
 * A span of a sentence that names a place, resolved.
 *
 * @param sentence sentence index in the article
 * @param tokenBegin first token (inclusive)
 * @param tokenEnd last token (exclusive)
 * @param text the span as written
 * @param place the resolved place, with its precision
 */
public record PlaceMention(int sentence, int tokenBegin, int tokenEnd, String text, Place place) {
    /** Most specific first; among equals, the earlier mention first. */
    public static final Comparator<PlaceMention> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt(PlaceMention::specificity).reversed()
            .thenComparingInt(PlaceMention::sentence).thenComparingInt(PlaceMention::tokenBegin);

    /**
     * How specific the mention places an event, for placing it at the most specific place the text names
     * (village or neighbourhood over town over city over district over governorate): 0 a first-level
     * division (or a place read at governorate precision, "Aleppo countryside"), 1 a region, 2 a
     * second-level division, 3 a city, 4 a town, 5 a village, city district, base or landmark.
     */
    public int specificity() {
        return "governorate".equals(place.precision()) ? 0 : GazetteerPlace.specificity(place.featureClass());
    }

    /** The most specific of {@code mentions} ({@link #MOST_SPECIFIC_FIRST}); empty when there are none. */
    public static Optional<PlaceMention> mostSpecific(List<PlaceMention> mentions) {
        return mentions.stream().min(MOST_SPECIFIC_FIRST);
    }
}
