package org.orbat.nlp;

import java.util.List;
import org.orbat.model.Article;

/** An article with its sentences annotated: what the NLP stage hands to actor resolution and extraction. */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
