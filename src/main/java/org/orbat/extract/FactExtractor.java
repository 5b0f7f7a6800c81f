package org.orbat.extract;

import java.util.List;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.places.PlaceMention;

/**
 * Draws dated, located, sourced relations and events from an article whose actors and places are
 * resolved. Implementations are safe to share between threads.
 */
public interface FactExtractor {
    /**
     * @param documentId the id evidence must cite
     * @param article the article with its actor mentions
     * @param places the article's resolved place mentions
     */
    ExtractedFacts extract(String documentId, ResolvedArticle article, List<PlaceMention> places);
}
