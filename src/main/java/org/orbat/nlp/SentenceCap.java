package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a hard limit of tokens into consecutive pieces, between tokenizing and
 * tagging. CoreNLP's splitter only ends sentences at punctuation or blank lines, so scraped text
 * without them (a run-on line, a table flattened to text) becomes one huge sentence that the taggers
 * either skip or, in TokensRegexNER, take hours over. Sentences within the limit are left untouched,
 * so ordinary articles annotate exactly as before. Stateless.
 */
final class SentenceCap {
    private SentenceCap() {
    }

    /** Replaces {@code doc}'s sentences by pieces of at most {@code maxTokens} tokens, when any is longer. */
    static void apply(Annotation doc, String text, int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= maxTokens)) {
            return;
        }
        List<CoreMap> capped = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= maxTokens) {
                renumber(sentence, capped.size());
                capped.add(sentence);
                continue;
            }
            int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); from += maxTokens) {
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + maxTokens)));
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                Annotation part = new Annotation(text.substring(begin, end));
                part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                part.set(CoreAnnotations.TokensAnnotation.class, piece);
                part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
                part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + from + piece.size());
                for (int i = 0; i < piece.size(); i++) {
                    piece.get(i).setIndex(i + 1);
                }
                renumber(part, capped.size());
                capped.add(part);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, capped);
    }

    private static void renumber(CoreMap sentence, int index) {
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (CoreLabel token : tokens(sentence)) {
            token.setSentIndex(index);
        }
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
