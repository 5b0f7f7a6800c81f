package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.ExactFastClassifier;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Parses one tagged sentence into Universal Dependencies with CoreNLP's neural dependency parser
 * (the model {@code depparse} uses). It reads our tokens' words and POS tags, so it runs after
 * tagging, on just the sentences extraction asks about. Loading the model takes a second or two;
 * threads may share an instance, as CoreNLP's own multi-threaded {@code depparse} annotator shares
 * its parser.
 */
public final class DependencyParser {
    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

    private DependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
        this.parser = parser;
    }

    /** The English UD model shipped in CoreNLP's models jar. */
    public static DependencyParser load() {
        // An instance of our own, not CoreNLP's shared one (loadFromModelFile), which its depparse annotator
        // would then share: the fast classifier installed here must not change the benchmark's reference.
        edu.stanford.nlp.parser.nndep.DependencyParser parser = new edu.stanford.nlp.parser.nndep.DependencyParser(new Properties());
        parser.loadModelFile(edu.stanford.nlp.parser.nndep.DependencyParser.DEFAULT_MODEL);
        // The same parses in well under half the time; where it cannot be installed (see its javadoc), the
        // stock classifier gives the same parses, only slower.
        ExactFastClassifier.install(parser);
        return new DependencyParser(parser);
    }

    /** The arcs of the sentence; empty when its tokens carry no POS tags to parse from. */
    public List<Dependency> parse(AnnotatedSentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        int i = 1;
        for (Token t : sentence.tokens()) {
            if (t.pos().isEmpty()) {
                return List.of();
            }
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setTag(t.pos());
            l.setIndex(i++);
            labels.add(l);
        }
        GrammaticalStructure gs = parser.predict(labels);
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency d : gs.typedDependencies()) {
            String rel = d.reln().getSpecific() == null ? d.reln().getShortName()
                : d.reln().getShortName() + ":" + d.reln().getSpecific();
            out.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, rel));
        }
        return out;
    }
}
