package org.orbat.extract.places;

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
}
