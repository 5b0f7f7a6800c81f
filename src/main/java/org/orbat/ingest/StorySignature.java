package org.orbat.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A MinHash signature of a report's text, to recognise the same story carried by several outlets (a wire report
 * republished with another headline, byline or closing paragraph). Texts are compared as sets of five-word shingles;
 * the signature's bands are its locality-sensitive hash keys: two texts whose shingles overlap by 80 % share a band
 * with probability above 0.99, texts overlapping by 30 % rarely do, so only stories sharing a band are compared
 * exactly.
 *
 * @param minima the least hash of the shingles under each of {@link #HASHES} seeded hash functions
 */
public record StorySignature(int[] minima) {
    /** Shingle length in words. */
    static final int SHINGLE_WORDS = 5;
    /** Hash functions; {@link #BANDS} bands of {@link #ROWS} rows. */
    static final int HASHES = 64;
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    /** Shingle overlap (Jaccard) at or above which two texts are one story. */
    public static final double SAME_STORY = 0.8;

    /** The signature of {@code text}. */
    public static StorySignature of(String text) {
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (String shingle : shingles(text)) {
            byte[] bytes = shingle.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < HASHES; i++) {
                int h = MurmurHash3.hash32x86(bytes, 0, bytes.length, 0x9747b28c + i * 0x5bd1e995);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return new StorySignature(minima);
    }

    /** The band keys under which the story is indexed, {@code "b<band>:<hex>"}. */
    public List<String> bands() {
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = 1125899906842597L;
            for (int r = 0; r < ROWS; r++) {
                h = 31 * h + minima[b * ROWS + r];
            }
            out.add("b" + b + ":" + Long.toHexString(h));
        }
        return out;
    }

    /** The exact share of five-word shingles two texts have in common (Jaccard), 0 for texts too short to shingle. */
    public static double overlap(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }

    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= kept.size(); i++) {
            out.add(String.join(" ", kept.subList(i, i + SHINGLE_WORDS)));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorySignature s && java.util.Arrays.equals(minima, s.minima);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return "StorySignature" + java.util.Arrays.toString(minima);
    }
}
