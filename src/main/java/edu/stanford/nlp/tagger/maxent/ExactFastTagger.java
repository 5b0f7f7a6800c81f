package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's part-of-speech tagger, choosing the same tags with the same arithmetic in less time. It
 * lives in CoreNLP's package because the tagger's model (its feature extractors, feature table and
 * weights) and its per-sentence scorer {@link TestSentence} are package-private.
 *
 * <p>A sentence is tagged as {@link MaxentTagger#tagSentence(List, boolean)} tags it, by the same
 * exact Viterbi search ({@code ExactBestSequenceFinder}) over the same {@link TestSentence}, except
 * that {@link ExactFastSentence} scores the search's histories. Every score is the sum of the same
 * weights in the same order, normalised by the same {@code ArrayMath.logNormalize}, so it is the
 * same double, bit for bit, and the search picks the same tags. Two sums are no longer recomputed:
 * <ul>
 *   <li>The scores of a word's own features and of its neighbouring words' features are computed once
 *       per position of the sentence. CoreNLP's scorer recomputes the word's own (30 features for a
 *       rare word: prefixes, suffixes, shapes, clusters) for every pair of tags before it, since its
 *       per-word cache is checked against the word's number of possible tags instead of the number of
 *       tags scored.</li>
 *   <li>The scores of the features that read only the two previous tags (the model's tag and
 *       tag-pair features) are kept per pair of tags, shared by all sentences: the same pair always
 *       gives the same sum. CoreNLP's builds their string keys and looks them up for every history.</li>
 * </ul>
 *
 * <p>Memory: the per-pair sums, at most (tags + 1) squared arrays of one double per tag (for the
 * English model's 50 tags, 2,601 arrays, 1 MB). They depend on the model only, not on a document.
 * Threads may share an instance, as they may share a {@link MaxentTagger}.
 */
public final class ExactFastTagger {
    private static final Set<String> CAPITALISATION = Set.of(
        "edu.stanford.nlp.tagger.maxent.ExtractorStartSentenceCap",
        "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCap",
        "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCapC");

    private final MaxentTagger tagger;
    /** The sums of the tag-only features by pair of previous tags, or null when the model has others. */
    private final AtomicReferenceArray<double[]> byTagPair;
    private final int slots;
    /** Whether the rare-word dynamic features read only the word and the previous tag. */
    private final boolean rareReadWordAndPreviousTag;

    private ExactFastTagger(MaxentTagger tagger) {
        this.tagger = tagger;
        this.slots = tagger.ySize + 1;
        this.byTagPair = readsOnlyTwoPreviousTags(tagger.extractors.dynamic)
            ? new AtomicReferenceArray<>(slots * slots) : null;
        this.rareReadWordAndPreviousTag = readOnlyWordAndPreviousTag(tagger.extractorsRare.dynamic);
    }

    /** Loads the model at {@code path} (a classpath resource or file), as CoreNLP's {@code pos} annotator does. */
    public static ExactFastTagger load(String path) {
        return new ExactFastTagger(new MaxentTagger(path));
    }

    /** Wraps an already loaded tagger; the tagger is not changed. */
    public static ExactFastTagger of(MaxentTagger tagger) {
        return new ExactFastTagger(tagger);
    }

    /** The same tags as {@code MaxentTagger.tagSentence(sentence, false)}. */
    public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
        return new ExactFastSentence(this).tagSentence(sentence, false);
    }

    MaxentTagger tagger() {
        return tagger;
    }

    /** Whether the tag-only feature sums may be kept per pair of previous tags. */
    boolean keepsTagPairs() {
        return byTagPair != null;
    }

    /** Index of a pair of previous tags, each a tag index or -1 for "before the sentence". */
    /** Whether the rare-word dynamic features' weights may be looked up once per position and previous tag. */
    boolean keepsRareWordAssociations() {
        return rareReadWordAndPreviousTag;
    }

    int pairSlot(int secondPrevious, int previous) {
        return (secondPrevious + 1) * slots + previous + 1;
    }

    double[] tagPairSums(int slot) {
        return byTagPair.get(slot);
    }

    void keepTagPairSums(int slot, double[] sums) {
        byTagPair.compareAndSet(slot, null, sums);
    }

    /**
     * Whether every one of the common dynamic features is one of the two kinds CoreNLP's English models
     * use, the previous tag or second previous tag ({@code Extractor} over a tag) and the two previous
     * tags joined ({@code ExtractorContinuousTagConjunction}): their values then depend on those two
     * tags and nothing else, so their sums can be kept by pair. Any other kind (a word with a tag) and
     * this tagger sums them for every history, as CoreNLP does.
     */
    /**
     * Whether every rare-word dynamic feature is one of the three capitalisation features of CoreNLP's
     * English models (a capitalised word at the start of the sentence, or inside it, the latter also
     * with its lower-cased form's first tag): each reads the word and whether the previous tag is the
     * sentence start, nothing else.
     */
    private static boolean readOnlyWordAndPreviousTag(List<Pair<Integer, Extractor>> dynamic) {
        for (Pair<Integer, Extractor> p : dynamic) {
            // by name: they are auxiliary classes of ExtractorFramesRare.java, not to be named from outside it
            if (!CAPITALISATION.contains(p.second().getClass().getName())) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsOnlyTwoPreviousTags(List<Pair<Integer, Extractor>> dynamic) {
        for (Pair<Integer, Extractor> p : dynamic) {
            Extractor e = p.second();
            boolean tag = e.getClass() == Extractor.class && e.isDynamic();
            boolean conjunction = e.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class;
            if (!(tag || conjunction) || e.position < -2 || e.position > -1) {
                return false;
            }
        }
        return true;
    }
}
