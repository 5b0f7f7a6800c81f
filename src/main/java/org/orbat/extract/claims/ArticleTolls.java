package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orbat.nlp.AnnotatedSentence;

/**
 * The death toll of every sentence of one article ({@link FatalityExtractor#headlineToll(AnnotatedSentence)}), each
 * checked against the others. A report's tolls agree in magnitude: the incident it covers, updates of it, and a few
 * earlier incidents for background. A count more than {@value #REVIEW_RATIO} times the article's median toll (and
 * above {@value #REVIEW_FLOOR}) stands apart from all of them; it is far more often a war-wide tally, a count of
 * something else, or a misread number than a toll the rest of the article forgets to mention. It is flagged
 * {@link TollClaim#needsReview()}, after the ACLED codebook's practice of recording conservative figures and
 * revising them when better information comes ("Reported fatalities"). An article with one toll has nothing to
 * compare it with and flags nothing.
 *
 * <p>Build one per article with {@link #of}; immutable afterwards, so threads may share it.
 */
public final class ArticleTolls {
    static final int REVIEW_RATIO = 10;
    static final int REVIEW_FLOOR = 100;

    private final Map<Integer, TollClaim> bySentence;

    private ArticleTolls(Map<Integer, TollClaim> bySentence) {
        this.bySentence = Map.copyOf(bySentence);
    }

    /** Reads the tolls of {@code sentences} with {@code extractor} and flags the outliers. */
    public static ArticleTolls of(List<AnnotatedSentence> sentences, FatalityExtractor extractor) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Boolean> estimated = new HashMap<>();
        for (AnnotatedSentence sentence : sentences) {
            extractor.headlineReading(sentence).ifPresent(toll -> {
                counts.put(sentence.index(), toll.count());
                estimated.put(sentence.index(), toll.estimated());
            });
        }
        int median = median(counts.values());
        Map<Integer, TollClaim> claims = new HashMap<>();
        counts.forEach((index, count) -> claims.put(index, new TollClaim(count, estimated.get(index),
                isOutlier(count, median, counts.size()))));
        return new ArticleTolls(claims);
    }

    /** The toll sentence {@code index} states, if any. */
    public Optional<TollClaim> forSentence(int index) {
        return Optional.ofNullable(bySentence.get(index));
    }

    static boolean isOutlier(int count, int median, int tolls) {
        return tolls > 1 && count > REVIEW_FLOOR && count > (long) REVIEW_RATIO * Math.max(median, 1);
    }

    /** The lower median of the positive counts; 0 when there is none. */
    private static int median(java.util.Collection<Integer> values) {
        List<Integer> positive = new ArrayList<>();
        for (int value : values) {
            if (value > 0) {
                positive.add(value);
            }
        }
        if (positive.isEmpty()) {
            return 0;
        }
        Collections.sort(positive);
        return positive.get((positive.size() - 1) / 2);
    }
}
