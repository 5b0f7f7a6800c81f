package org.orbat.extract.places;

import java.util.List;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedArticle;

/**
 * Finds and resolves the place mentions of an article, using context (the article's governorate,
 * the other places in the sentence) to choose between places that share a name.
 * Implementations are safe to share between threads.
 */
public interface PlaceResolver {
    List<PlaceMention> resolve(AnnotatedArticle article);

    /**
     * As {@link #resolve(AnnotatedArticle)}, knowing the actor names already found in the article: an
     * implementation may decline to read a word of an actor's name as a place. This one ignores them.
     */
    default List<PlaceMention> resolve(AnnotatedArticle article, List<ActorMention> actors) {
        return resolve(article);
    }
}
