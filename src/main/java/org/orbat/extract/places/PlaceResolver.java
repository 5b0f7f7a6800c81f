package org.orbat.extract.places;

import java.util.List;
import org.orbat.nlp.AnnotatedArticle;

/**
 * Finds and resolves the place mentions of an article, using context (the article's governorate,
 * the other places in the sentence) to choose between places that share a name.
 * Implementations are safe to share between threads.
 */
public interface PlaceResolver {
    List<PlaceMention> resolve(AnnotatedArticle article);
}
