package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.List;

/**
 * {@link TestSentence} with the history scores of {@link ExactFastTagger}: CoreNLP's sentence, search
 * and tag choice, with {@link #scoresOf} and {@link #getPossibleValues} computed as CoreNLP 4.5.10's
 * {@code TestSentence} computes them (exact scoring, the only kind the English models use) but without
 * recomputing what does not change. One instance tags one sentence, on one thread, as TestSentence.
 *
 * <p>Where CoreNLP's scorer would do something this one does not reproduce (approximate scoring, verbose
 * output), it is left to do it.
 */
class ExactFastSentence extends TestSentence {
    private final ExactFastTagger fast;
    private final History history;
    private final double[] lambda;
    private final int ySize;
    private final int common;
    private int[][] possible;
    /** By word position, the sums of the word's own and its neighbours' features; null until first scored. */
    private double[][] context;
    private boolean[] rare;
    /** By word position and previous tag, the rare-word dynamic features' weights ({@link #rareAssociations}). */
    private int[][][][] rareDynamic;

    ExactFastSentence(ExactFastTagger fast) {
        super(fast.tagger());
        this.fast = fast;
        this.history = new History(pairs, maxentTagger.extractors);
        this.lambda = maxentTagger.getLambdaSolve().lambda;
        this.ySize = maxentTagger.ySize;
        this.common = maxentTagger.extractors.size();
    }

    private boolean stock() {
        return VERBOSE || maxentTagger.hasApproximateScoring();
    }

    @Override
    protected void init() {
        super.init();
        possible = new int[size + leftWindow() + rightWindow()][];
        context = new double[size][];
        rare = new boolean[size];
        rareDynamic = new int[size][][][];
    }

    /** The tags a position may take: computed once per position instead of once per history. */
    @Override
    public int[] getPossibleValues(int pos) {
        int[] known = possible[pos];
        if (known == null) {
            known = super.getPossibleValues(pos);
            possible[pos] = known;
        }
        return known.clone();
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
        if (stock()) {
            return super.scoresOf(tags, pos);
        }
        int left = leftWindow();
        // TestSentence's history spans the sentence in its pairs from 0 to size - 1 while the search runs
        // (initializeScorer); the history's tags in the window are written as its setHistory writes them.
        history.init(0, size - 1, pos - left);
        int from = Math.max(pos - left, left);
        int to = Math.min(pos + rightWindow(), size + left - 1);
        for (int j = from; j <= to; j++) {
            history.setTag(j - left, maxentTagger.tags.getTag(tags[j]));
        }
        double[] totals = totals(tags, pos - left, pos);
        ArrayMath.logNormalize(totals);
        int[] values = possible[pos] == null ? getPossibleValues(pos) : possible[pos];
        double[] scores = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            scores[j] = totals[values[j]];
        }
        return scores;
    }

    /**
     * TestSentence.getHistories: the dynamic features' sums, then the word's context sums added. The
     * context sums (local features, then local-context features, added into the latter) are computed
     * at the position's first history, as TestSentence computes them.
     */
    private double[] totals(int[] tags, int word, int pos) {
        if (context[word] == null) {
            boolean isRare = maxentTagger.isRare(ExtractorFrames.cWord.extract(history));
            double[] own = sums(maxentTagger.extractors.local, isRare ? maxentTagger.extractorsRare.local : null);
            double[] around = sums(maxentTagger.extractors.localContext,
                isRare ? maxentTagger.extractorsRare.localContext : null);
            ArrayMath.pairwiseAddInPlace(around, own);
            rare[word] = isRare;
            context[word] = around;
        }
        double[] dynamic = dynamic(tags, word, pos);
        if (rare[word]) {
            dynamic = dynamic.clone();
            int first = word >= 1 ? tags[pos - 1] : -1;
            if (fast.keepsRareWordAssociations() && first >= -1 && first < ySize) {
                for (int[] associations : rareAssociations(word, first)) {
                    add(associations, dynamic);
                }
            } else {
                for (Pair<Integer, Extractor> e : maxentTagger.extractorsRare.dynamic) {
                    add(e.first() + common, e.second(), dynamic);
                }
            }
        }
        // ArrayMath.pairwiseAddInPlace(dynamic, around), into a new array: the kept pair sums must not change
        double[] around = context[word];
        double[] totals = new double[ySize];
        for (int i = 0; i < ySize; i++) {
            totals[i] = dynamic[i] + around[i];
        }
        return totals;
    }

    /** The common dynamic features' sums, from the pair of previous tags' kept sums when allowed. */
    private double[] dynamic(int[] tags, int word, int pos) {
        if (!fast.keepsTagPairs()) {
            return sums(maxentTagger.extractors.dynamic, null);
        }
        // Before the sentence, PairsHolder reads the tag "NA" whatever the search put there.
        int second = word >= 2 ? tags[pos - 2] : -1;
        int first = word >= 1 ? tags[pos - 1] : -1;
        if (second >= ySize || first >= ySize || second < -1 || first < -1) {
            return sums(maxentTagger.extractors.dynamic, null);
        }
        int slot = fast.pairSlot(second, first);
        double[] kept = fast.tagPairSums(slot);
        if (kept == null) {
            kept = sums(maxentTagger.extractors.dynamic, null);
            fast.keepTagPairSums(slot, kept);
        }
        // shared: callers copy before they add to it
        return kept;
    }

    /** TestSentence.getExactHistories: the sums over the common features, then the rare-word ones. */
    private double[] sums(List<Pair<Integer, Extractor>> extractors, List<Pair<Integer, Extractor>> rareExtractors) {
        double[] scores = new double[ySize];
        for (Pair<Integer, Extractor> e : extractors) {
            add(e.first(), e.second(), scores);
        }
        if (rareExtractors != null) {
            for (Pair<Integer, Extractor> e : rareExtractors) {
                add(e.first() + common, e.second(), scores);
            }
        }
        return scores;
    }

    /**
     * The rare-word dynamic features' weights by tag at {@code word} after the tag {@code previous}
     * (-1 before the sentence), looked up once per previous tag: they read the word and the previous tag only.
     */
    private int[][] rareAssociations(int word, int previous) {
        int[][][] byPrevious = rareDynamic[word];
        if (byPrevious == null) {
            byPrevious = new int[ySize + 1][][];
            rareDynamic[word] = byPrevious;
        }
        int[][] known = byPrevious[previous + 1];
        if (known == null) {
            List<Pair<Integer, Extractor>> extractors = maxentTagger.extractorsRare.dynamic;
            known = new int[extractors.size()][];
            for (int k = 0; k < known.length; k++) {
                Pair<Integer, Extractor> e = extractors.get(k);
                known[k] = maxentTagger.fAssociations.get(e.first() + common).get(e.second().extract(history));
            }
            byPrevious[previous + 1] = known;
        }
        return known;
    }

    /** TestSentence.runExactExtractor: each tag's weight for the feature's value, in tag order. */
    private void add(int feature, Extractor extractor, double[] scores) {
        add(maxentTagger.fAssociations.get(feature).get(extractor.extract(history)), scores);
    }

    private void add(int[] associations, double[] scores) {
        if (associations == null) {
            return;
        }
        for (int i = 0; i < ySize; i++) {
            int f = associations[i];
            if (f > -1) {
                scores[i] += lambda[f];
            }
        }
    }
}
