package org.orbat.nlp;

import org.orbat.model.Article;

/**
 * Turns a cleaned article into sentences, tokens, tags and resolved dates. Implementations load
 * their models once; {@link #annotate} is safe to call from one thread per instance.
 */
public interface NlpPipeline {
    AnnotatedArticle annotate(Article article);
}
