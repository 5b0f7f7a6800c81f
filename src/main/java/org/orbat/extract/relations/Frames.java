package org.orbat.extract.relations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.extract.TsvResource;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The relation frames of {@code resources/extract/relation-frames.tsv}: verbs and nouns whose
 * syntactic arguments are the two parties of a relation ("X attacked Y", "X's offensive against Y",
 * "Iran backs X"). Loaded once from the classpath; immutable and thread-safe.
 */
final class Frames {
    private static final String RESOURCE = "/extract/relation-frames.tsv";
    private static final Frames SHIPPED = load();

    /** One frame: the relation a word states and the prepositions that introduce its patient. */
    record Frame(String lemma, boolean noun, RelationType type, boolean inverse, Set<String> prepositions) {
        Frame {
            if (lemma.isBlank()) {
                throw new IllegalArgumentException("A frame needs a lemma");
            }
            prepositions = Set.copyOf(prepositions);
        }
    }

    private final Map<String, Frame> verbs;
    private final Map<String, Frame> nouns;

    private Frames(Map<String, Frame> verbs, Map<String, Frame> nouns) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
    }

    static Frames shipped() {
        return SHIPPED;
    }

    /** The frame token {@code i} opens, if its lemma and part of speech have one. */
    Optional<Frame> at(AnnotatedSentence s, int i) {
        Token t = s.tokens().get(i);
        String lemma = lemma(t);
        if (t.pos().startsWith("VB")) {
            return Optional.ofNullable(verbs.get(lemma));
        }
        // "air strikes", "air raids": the head noun's lemma is the frame; its modifiers are read as arguments.
        return t.pos().startsWith("NN") ? Optional.ofNullable(nouns.get(lemma)) : Optional.empty();
    }

    /** Whether a verb with this lemma opens a frame. */
    boolean isVerb(String lemma) {
        return verbs.containsKey(lemma);
    }

    /** Whether a frame word stands among tokens {@code [from, to)}: the test that decides whether a sentence is worth parsing. */
    boolean mayApply(AnnotatedSentence s, int from, int to) {
        for (Token t : s.tokens().subList(Math.max(0, from), Math.min(to, s.tokens().size()))) {
            String lemma = lemma(t);
            if (verbs.containsKey(lemma) || nouns.containsKey(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(Token t) {
        String lemma = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    private static Frames load() {
        Map<String, Frame> verbs = new HashMap<>();
        Map<String, Frame> nouns = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] c = row.columns();
            if (c.length != 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + row.line() + ": expected 5 columns, got " + c.length);
            }
            Set<String> preps = c[4].trim().equals("-") ? Set.of() : Set.of(c[4].trim().split(","));
            boolean noun = c[1].trim().equals("noun");
            Frame f = new Frame(c[0].trim(), noun, RelationType.fromCode(c[2].trim()), c[3].trim().equals("inverse"), preps);
            (noun ? nouns : verbs).put(f.lemma(), f);
        }
        return new Frames(verbs, nouns);
    }
}
