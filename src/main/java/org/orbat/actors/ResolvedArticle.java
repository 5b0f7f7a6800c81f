package org.orbat.actors;

import java.util.List;
import org.orbat.model.Actor;
import org.orbat.nlp.AnnotatedArticle;

/**
 * An annotated article with its actor mentions resolved.
 *
 * @param annotated the NLP output
 * @param mentions every actor mention, in text order
 * @param actors every actor the mentions refer to (registry and discovered), with the aliases
 *               this article taught (learned or discovered ones carry the sentence as their note)
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> mentions, List<Actor> actors) {
    public ResolvedArticle {
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
    }
}
