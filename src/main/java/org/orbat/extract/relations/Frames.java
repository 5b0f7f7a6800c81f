package org.orbat.extract.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The relation frames of {@code resources/lang/en/relation-frames.tsv}: verbs and nouns whose
 * syntactic arguments are the two parties of a relation ("X attacked Y", "X's offensive against Y",
 * "Iran backs X"). Loaded once from the classpath; immutable and thread-safe.
 */
final class Frames {
    private static final String RESOURCE = Language.ENGLISH.resource("relation-frames.tsv");
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
        return t.pos().startsWith("NN") ? Optional.ofNullable(nouns.get(lemma)).or(() -> capitalised(s, i)) : Optional.empty();
    }

    /**
     * A common noun capitalised at the head of a sentence ("12.05.2015 Airstrikes carried out by X"), which
     * the tagger reads as a name and leaves unlemmatised: its plural's singular may be a frame. Not in a
     * run of capitalised words ("Airstrikes Against IS Help ..."), a headline or caption, which is no
     * sentence of the article.
     */
    private Optional<Frame> capitalised(AnnotatedSentence s, int i) {
        Token t = s.tokens().get(i);
        String w = t.word();
        boolean lowerNext = i + 1 < s.tokens().size() && Character.isLowerCase(s.tokens().get(i + 1).word().charAt(0));
        if (!t.pos().startsWith("NNP") || w.length() < 4 || !lowerNext || !Character.isUpperCase(w.charAt(0))
                || !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String lower = w.toLowerCase(Locale.ROOT);
        // "Airstrikes" to "airstrike", "Clashes" to "clash".
        for (String singular : List.of(lower, lower.replaceAll("s$", ""), lower.replaceAll("es$", ""))) {
            if (nouns.containsKey(singular)) {
                return Optional.of(nouns.get(singular));
            }
        }
        return Optional.empty();
    }

    /** Whether a noun with this lemma opens a frame ("strike", "raid"). */
    boolean isNoun(String lemma) {
        return nouns.containsKey(lemma);
    }

    /** Whether a verb with this lemma opens a frame. */
    boolean isVerb(String lemma) {
        return verbs.containsKey(lemma);
    }

    /** Whether a frame word stands among tokens {@code [from, to)}: the test that decides whether a sentence is worth parsing. */
    boolean mayApply(AnnotatedSentence s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.tokens().size()); i++) {
            String lemma = lemma(s.tokens().get(i));
            if (verbs.containsKey(lemma) || nouns.containsKey(lemma) || capitalised(s, i).isPresent()) {
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
