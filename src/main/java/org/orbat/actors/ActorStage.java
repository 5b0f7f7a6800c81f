package org.orbat.actors;

import org.orbat.nlp.AnnotatedArticle;

/**
 * Finds and resolves every actor mention of an article: registry names and their spelling variants,
 * aliases and abbreviations the article defines, groups not yet in the registry, and short forms
 * that refer back to an actor in context. Implementations are safe to share between threads.
 */
public interface ActorStage {
    ResolvedArticle resolve(AnnotatedArticle article);
}
