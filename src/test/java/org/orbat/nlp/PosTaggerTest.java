package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.ExactFastTagger;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** PosTagger must leave a document tagged exactly as CoreNLP's pos annotator leaves it. */
class PosTaggerTest {
    /** Invented report: a sentence within the bound, one past it, and unknown names. */
    private static final String TEXT = "Militiamen of the Terek-Vosh Front ambushed a convoy near Ostralin on Friday. "
        + "The convoy, which carried fuel, food and medicine for the besieged northern districts, lost six trucks. "
        + "Nobody claimed the attack.";
    private static final int MAX_TOKENS = 15;

    private static Annotation annotate(String annotators, boolean coreNlpTags) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("pos.maxlen", String.valueOf(MAX_TOKENS));
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(doc);
        if (!coreNlpTags) {
            new PosTagger(ExactFastTagger.load(DefaultPaths.DEFAULT_POS_MODEL), MAX_TOKENS).tag(doc);
        }
        return doc;
    }

    private static List<String> tags(Annotation doc) {
        return doc.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    }

    @Test
    void tagsEveryTokenAsCoreNlpsPosAnnotatorWithTheSameLengthBound() {
        List<String> expected = tags(annotate("tokenize,ssplit,pos", true));
        List<String> actual = tags(annotate("tokenize,ssplit", false));
        assertThat(actual).isEqualTo(expected);
        // the second sentence is past the bound: CoreNLP's placeholder on each of its tokens, real tags elsewhere
        assertThat(actual).contains(PosTagger.UNTAGGED).contains("NNP", "VBD", "DT");
    }
}
