package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Guards the 1 MB line without a sentence end, which once kept TokensRegexNER busy for hours. */
class SentenceCapTest {
    private static Annotation split(String text) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(props).annotate(doc);
        return doc;
    }

    @Test
    void cutsARunOnLineIntoPiecesOfAtMostTheLimitKeepingOffsets() {
        String text = "Short first sentence. " + "rebels clashed near Douma ".repeat(2_500) + "\n\nA last one.";
        Annotation doc = split(text);
        SentenceCap.apply(doc, text, 200);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(1 + 10_000 / 200 + 1);
        int tokensSoFar = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            assertThat(tokens).hasSizeLessThanOrEqualTo(200);
            assertThat(s.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
            assertThat(s.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(tokensSoFar);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            assertThat(s.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(text.substring(begin, end));
            assertThat(tokens.get(0).index()).isEqualTo(1);
            assertThat(tokens).allSatisfy(t -> assertThat(t.sentIndex()).isEqualTo(s.get(CoreAnnotations.SentenceIndexAnnotation.class)));
            tokensSoFar += tokens.size();
        }
        assertThat(tokensSoFar).isEqualTo(doc.get(CoreAnnotations.TokensAnnotation.class).size());
    }

    @Test
    void leavesOrdinarySentencesAlone() {
        String text = "Rebels clashed near Douma. The army shelled Marea.";
        Annotation doc = split(text);
        List<CoreMap> before = doc.get(CoreAnnotations.SentencesAnnotation.class);
        SentenceCap.apply(doc, text, 200);
        assertThat(doc.get(CoreAnnotations.SentencesAnnotation.class)).isSameAs(before);
    }
}
