package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast classifier must give CoreNLP's scores bit for bit, and so the same parses. */
class ExactFastClassifierTest {
    /** Invented sentences with hand-written Penn tags: long, short, one word, a run of attachments. */
    private static final List<String> SENTENCES = List.of(
        "Rebel/JJ fighters/NNS shelled/VBD the/DT northern/JJ outskirts/NNS of/IN the/DT river/NN town/NN "
            + "on/IN Sunday/NNP ,/, killing/VBG three/CD soldiers/NNS and/CC wounding/VBG a/DT medic/NN ./.",
        "The/DT militia/NN ,/, backed/VBN by/IN a/DT neighbouring/JJ state/NN ,/, has/VBZ repeatedly/RB "
            + "attacked/VBN police/NN posts/NNS in/IN the/DT valley/NN since/IN March/NNP ./.",
        "Clashes/NNS continued/VBD ./.",
        "Ceasefire/NN",
        "Troops/NNS withdrew/VBD from/IN the/DT hill/NN to/TO the/DT village/NN near/IN the/DT road/NN "
            + "by/IN the/DT lake/NN after/IN dark/NN ./.");

    private static DependencyParser stock;
    private static DependencyParser fast;

    @BeforeAll
    static void load() {
        // Two instances of their own: loadFromModelFile would hand both the same shared parser.
        stock = new DependencyParser(new Properties());
        stock.loadModelFile(DependencyParser.DEFAULT_MODEL);
        fast = new DependencyParser(new Properties());
        fast.loadModelFile(DependencyParser.DEFAULT_MODEL);
        assertThat(ExactFastClassifier.install(fast)).isTrue();
    }

    @Test
    void scoresEveryStepOfAParseAsCoreNlpDoesOrSkipsAStepWithOneTransitionAllowed() throws Exception {
        Classifier original = classifier(stock);
        Classifier exact = classifier(fast);
        ParsingSystem system = system(stock);
        int skipped = 0;
        int scored = 0;
        for (String sentence : SENTENCES) {
            Configuration c = system.initialConfiguration(sentence(sentence));
            while (!system.isTerminal(c)) {
                int[] features = stock.getFeatures(c).stream().mapToInt(Integer::intValue).toArray();
                double[] expected = original.computeScores(features);
                double[] actual = exact.computeScores(features);
                List<String> allowed = system.transitions.stream().filter(t -> system.canApply(c, t)).toList();
                if (allowed.size() == 1 && !java.util.Arrays.equals(actual, expected)) {
                    skipped++;
                } else {
                    assertThat(actual).as("scores at %s in %s", c.getStr(), sentence).containsExactly(expected);
                    scored++;
                }
                system.apply(c, best(system, c, expected));
            }
        }
        assertThat(skipped).isPositive();
        assertThat(scored).isPositive();
    }

    @Test
    void parsesAsTheStockParser() {
        for (String sentence : SENTENCES) {
            assertThat(arcs(fast, sentence)).isEqualTo(arcs(stock, sentence));
        }
    }

    private static List<String> arcs(DependencyParser parser, String sentence) {
        List<String> out = new ArrayList<>();
        for (TypedDependency d : parser.predict(sentence(sentence)).typedDependencies()) {
            out.add(d.toString());
        }
        return out;
    }

    private static String best(ParsingSystem system, Configuration c, double[] scores) {
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < scores.length; j++) {
            if (scores[j] > top && system.canApply(c, system.transitions.get(j))) {
                top = scores[j];
                best = system.transitions.get(j);
            }
        }
        return best;
    }

    private static Annotation sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wordTag : tagged.split(" ")) {
            int slash = wordTag.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wordTag.substring(0, slash));
            l.setValue(wordTag.substring(0, slash));
            l.setTag(wordTag.substring(slash + 1));
            l.setIndex(tokens.size() + 1);
            tokens.add(l);
        }
        Annotation a = new Annotation(tagged);
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return a;
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        return (Classifier) field("classifier").get(parser);
    }

    private static ParsingSystem system(DependencyParser parser) throws ReflectiveOperationException {
        return (ParsingSystem) field("system").get(parser);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
