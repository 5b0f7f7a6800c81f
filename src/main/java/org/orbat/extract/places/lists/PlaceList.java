package org.orbat.extract.places.lists;

import java.util.List;
import org.orbat.extract.places.GazetteerPlace;

/**
 * A place list as read from one file.
 *
 * @param name the list's name (its file name), under which the knowledge base keeps it
 * @param places the places to add, in the file's order
 * @param alreadyKnown GeoNames rows left out because the shipped gazetteer holds the same GeoNames id
 */
public record PlaceList(String name, List<GazetteerPlace> places, int alreadyKnown) {
    public PlaceList {
        places = List.copyOf(places);
    }
}
