package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.ExactFastTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Part-of-speech tags on split sentences, as CoreNLP's {@code pos} annotator sets them with its
 * default English model and {@code pos.maxlen}: the same tags, from {@link ExactFastTagger}, which
 * scores the tagger's search in less than half the time. A sentence longer than the bound gets the
 * annotator's placeholder tag "X" on every token, as CoreNLP gives it.
 *
 * <p>Orbat loads a model of its own instead of CoreNLP's shared cached annotator, so the benchmark's
 * reference keeps CoreNLP's stock tagger. Threads share the one instance, as they share CoreNLP's.
 */
final class PosTagger {
    /** CoreNLP's tag for the tokens of a sentence too long to tag ({@code POSTaggerAnnotator}). */
    static final String UNTAGGED = "X";

    private static PosTagger shared;

    private final ExactFastTagger tagger;
    private final int maxTokens;

    PosTagger(ExactFastTagger tagger, int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        this.tagger = tagger;
        this.maxTokens = maxTokens;
    }

    /** CoreNLP's default English model, loaded on first use, tagging sentences of up to {@code maxTokens}. */
    static synchronized PosTagger shared(int maxTokens) {
        if (shared == null || shared.maxTokens != maxTokens) {
            shared = new PosTagger(ExactFastTagger.load(DefaultPaths.DEFAULT_POS_MODEL), maxTokens);
        }
        return shared;
    }

    /** Sets every token's {@code PartOfSpeechAnnotation}, sentence by sentence. */
    void tag(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("Document has no sentences to tag: split it first");
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > maxTokens) {
                tokens.forEach(t -> t.set(CoreAnnotations.PartOfSpeechAnnotation.class, UNTAGGED));
                continue;
            }
            List<TaggedWord> tagged = tagger.tagSentence(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged.get(i).tag());
            }
        }
    }
}
