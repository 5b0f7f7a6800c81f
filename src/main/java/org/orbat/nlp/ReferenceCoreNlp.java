package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.orbat.model.Article;

/**
 * The yardstick Orbat's speed is measured against: plain Stanford CoreNLP with its default settings
 * and the annotators {@code tokenize,ssplit,pos,lemma,ner,depparse}, as a user who "just runs
 * CoreNLP" over the same cleaned article texts would. The article's publication date is passed as
 * CoreNLP's document date, as Orbat does, so SUTime does comparable work.
 *
 * <p>Loading the models takes seconds; build one instance per thread and reuse it. An instance is
 * not safe to share between threads while annotating.
 */
public final class ReferenceCoreNlp {
    /** The reference annotators, in CoreNLP's syntax. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP corenlp;

    public ReferenceCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        corenlp = new StanfordCoreNLP(props);
    }

    /** Annotates {@code article}'s text and returns how many tokens it had. */
    public int annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
        }
        corenlp.annotate(doc);
        List<?> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /**
     * Drops the models CoreNLP caches process-wide between pipelines, so a later measurement does
     * not inherit (or pay for) an earlier one's loaded models.
     */
    public static void releaseSharedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
