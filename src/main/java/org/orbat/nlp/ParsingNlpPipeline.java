package org.orbat.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.orbat.model.Article;

/**
 * Adds dependency parses to the sentences a selector picks: parsing every sentence would cost more
 * than all other annotation together, and only sentences that may state a relation between two
 * actors need one. Wraps another {@link NlpPipeline}; one instance per worker thread.
 */
public final class ParsingNlpPipeline implements NlpPipeline {
    private final NlpPipeline tagger;
    private final Predicate<AnnotatedSentence> needsParse;
    private final DependencyParser parser;

    public ParsingNlpPipeline(NlpPipeline tagger, Predicate<AnnotatedSentence> needsParse, DependencyParser parser) {
        this.tagger = tagger;
        this.needsParse = needsParse;
        this.parser = parser;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle tagged = tagger.annotate(article);
        List<AnnotatedSentence> out = new ArrayList<>(tagged.sentences().size());
        for (AnnotatedSentence s : tagged.sentences()) {
            out.add(needsParse.test(s) ? s.withDependencies(parser.parse(s)) : s);
        }
        return new AnnotatedArticle(tagged.article(), out);
    }
}
