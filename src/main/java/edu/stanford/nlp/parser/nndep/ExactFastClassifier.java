package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's parser network, scoring the same transitions with the same arithmetic in less time. It
 * lives in CoreNLP's package because {@link Classifier#computeScores(int[])}, which the parser calls
 * once per transition, is package-private; {@link #install} puts it in place of a loaded parser's own
 * classifier. Nothing else of the parser changes.
 *
 * <p>Every score is computed as {@link Classifier} computes it (CoreNLP 4.5.10): the same sums of the
 * same terms, in the same order, in the same precision, so the parser chooses the same transitions
 * and the parse is the same, bit for bit. Three things are done differently, none of which changes a
 * value:
 * <ul>
 *   <li>A step where the arc-standard system allows only one transition is not scored: the parser
 *       takes the highest-scoring transition it can apply, and there is one. That is every shift
 *       while the stack holds the root and at most one word, and the root arc that ends the parse;
 *       in a news sentence a third or more of the steps. Which step that is, the features tell: the
 *       first three are the words on the stack (third, second, top) and the fourth the buffer's first,
 *       each the null word when there is none.</li>
 *   <li>The output layer (83 labels by 1,000 hidden units) is the parser's largest cost. Its rows are
 *       summed eight at a time, each row's sum still from left to right: eight independent sums keep
 *       the processor busy where one waits for each addition to finish.</li>
 *   <li>The hidden-layer share of a feature the model did not precompute is cached as
 *       {@link Classifier} caches it, but without a lock shared by the worker threads.</li>
 * </ul>
 *
 * <p>Memory: the output weights once more as doubles (83,000 values, 0.7 MB), and the cache, at most
 * {@link #CACHED} shares of 1,000 floats (4 KB each, so at most 80 MB), the same kind of cache as
 * CoreNLP's own (5,000 shares by default), which this one replaces. A share is a function of the model
 * and one word at one feature position, the same for every document, so the cache holds no results of
 * a document.
 */
public final class ExactFastClassifier extends Classifier {
    /** Most hidden-layer shares cached; past it, shares are computed each time, as without a cache. */
    static final int CACHED = 20_000;

    private final float[][] w1;
    private final float[][] e;
    private final float[] b1;
    private final double[][] w2;
    private final double[][] saved;
    /** By feature index (word id times 48 plus position), 1 + its row in {@code saved}; 0 if none. */
    private final int[] precomputed;
    /** By feature index, the cached hidden-layer share of a feature not precomputed. */
    private final AtomicReferenceArray<float[]> shares;
    private final AtomicInteger cached = new AtomicInteger();
    private final int nullWord;
    private final int rootWord;
    private final boolean arcStandardSingleRoot;

    private ExactFastClassifier(Classifier original, Config config, double[][] saved, Map<Integer, Integer> preMap,
                                int nullWord, int rootWord, boolean arcStandardSingleRoot) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), java.util.List.of());
        this.w1 = original.getW1();
        this.e = original.getE();
        this.b1 = original.getb1();
        float[][] w2f = original.getW2();
        this.w2 = new double[w2f.length][];
        for (int r = 0; r < w2f.length; r++) {
            w2[r] = new double[w2f[r].length];
            for (int i = 0; i < w2f[r].length; i++) {
                // float to double is exact: the products below are the ones CoreNLP's dotProduct forms
                w2[r][i] = w2f[r][i];
            }
        }
        this.saved = saved;
        int features = e.length * Config.numTokens;
        this.precomputed = new int[features];
        preMap.forEach((index, row) -> precomputed[index] = row + 1);
        this.shares = new AtomicReferenceArray<>(features);
        this.nullWord = nullWord;
        this.rootWord = rootWord;
        this.arcStandardSingleRoot = arcStandardSingleRoot;
    }

    /**
     * Puts an exact fast classifier in place of {@code parser}'s own; {@code parser} must be loaded and
     * must not be parsing.
     *
     * @return false, leaving the parser as it was (its parses are the same, only slower), when this
     *     CoreNLP's parser is not built as the one this class was written against, or when this class
     *     was loaded apart from CoreNLP's (a separate class loader, where it cannot override)
     */
    public static boolean install(DependencyParser parser) {
        if (ExactFastClassifier.class.getClassLoader() != Classifier.class.getClassLoader()) {
            return false;
        }
        try {
            Classifier original = (Classifier) read(DependencyParser.class, "classifier", parser);
            Config config = (Config) read(DependencyParser.class, "config", parser);
            ParsingSystem system = (ParsingSystem) read(DependencyParser.class, "system", parser);
            @SuppressWarnings("unchecked")
            Map<String, Integer> wordIds = (Map<String, Integer>) read(DependencyParser.class, "wordIDs", parser);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, "preMap", original);
            double[][] saved = (double[][]) read(Classifier.class, "saved", original);
            boolean singleRoot = system instanceof ArcStandard
                && (Boolean) read(ArcStandard.class, "singleRoot", system);
            Classifier fast = new ExactFastClassifier(original, config, saved, preMap,
                wordIds.get(Config.NULL), wordIds.get(Config.ROOT), singleRoot);
            Field field = DependencyParser.class.getDeclaredField("classifier");
            field.setAccessible(true);
            field.set(parser, fast);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Object read(Class<?> owner, String name, Object instance) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(instance);
    }

    @Override
    double[] computeScores(int[] feature) {
        if (onlyOneTransition(feature)) {
            // Any finite scores: the parser picks the best transition it can apply, and there is one.
            return new double[w2.length];
        }
        double[] hidden = new double[w1.length];
        int embedding = e[0].length;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * Config.numTokens + j;
            int pre = precomputed[index];
            if (pre != 0) {
                double[] row = saved[pre - 1];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += row[i];
                }
            } else {
                float[] share = share(index, tok, offset);
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += share[i];
                }
            }
            offset += embedding;
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return outputs(hidden);
    }

    /**
     * Whether the arc-standard system allows one transition only: a shift while the stack holds at
     * most the root and one word and the buffer is not empty, or the root arc once only the root and
     * one word are left. Features 0 to 3 are the stack's third, second and top words and the buffer's
     * first ({@code DependencyParser.getFeatures}).
     */
    private boolean onlyOneTransition(int[] feature) {
        if (!arcStandardSingleRoot) {
            return false;
        }
        boolean atMostTwoOnStack = feature[0] == nullWord;
        boolean bufferEmpty = feature[3] == nullWord;
        return atMostTwoOnStack && (!bufferEmpty || feature[1] == rootWord);
    }

    /** The hidden-layer share of one feature, as {@code Classifier.matrixMultiplySlice} computes it. */
    private float[] share(int index, int tok, int offset) {
        float[] known = shares.get(index);
        if (known != null) {
            return known;
        }
        float[] embedding = e[tok];
        float[] out = new float[w1.length];
        for (int i = 0; i < w1.length; i++) {
            float[] row = w1[i];
            double sum = 0;
            for (int k = 0; k < embedding.length; k++) {
                sum += row[offset + k] * embedding[k];
            }
            out[i] = (float) sum;
        }
        if (cached.get() < CACHED && shares.compareAndSet(index, null, out)) {
            cached.incrementAndGet();
        }
        return out;
    }

    /**
     * W2 times the activations, eight rows at a time, each row summed from left to right as
     * {@code ArrayMath.dotProduct} sums it: eight independent sums keep the processor's adders busy.
     */
    private double[] outputs(double[] hidden) {
        double[] scores = new double[w2.length];
        int r = 0;
        for (; r + 8 <= w2.length; r += 8) {
            double[] r0 = w2[r];
            double[] r1 = w2[r + 1];
            double[] r2 = w2[r + 2];
            double[] r3 = w2[r + 3];
            double[] r4 = w2[r + 4];
            double[] r5 = w2[r + 5];
            double[] r6 = w2[r + 6];
            double[] r7 = w2[r + 7];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int i = 0; i < hidden.length; i++) {
                double h = hidden[i];
                s0 += h * r0[i];
                s1 += h * r1[i];
                s2 += h * r2[i];
                s3 += h * r3[i];
                s4 += h * r4[i];
                s5 += h * r5[i];
                s6 += h * r6[i];
                s7 += h * r7[i];
            }
            scores[r] = s0;
            scores[r + 1] = s1;
            scores[r + 2] = s2;
            scores[r + 3] = s3;
            scores[r + 4] = s4;
            scores[r + 5] = s5;
            scores[r + 6] = s6;
            scores[r + 7] = s7;
        }
        for (; r < w2.length; r++) {
            double sum = 0;
            for (int i = 0; i < hidden.length; i++) {
                sum += hidden[i] * w2[r][i];
            }
            scores[r] = sum;
        }
        return scores;
    }
}
