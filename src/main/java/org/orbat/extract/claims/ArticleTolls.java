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
 * earlier incidents for background. A count more than {@value #REVIEW_RATIO} times the largest other toll of the
 * article (and above {@value #REVIEW_FLOOR}) stands apart from all of them; it is far more often a war-wide tally, a
 * count of something else or a misread number than a toll the rest of the article forgets to mention. It is flagged
 * {@link TollClaim#needsReview()}, after the ACLED codebook's practice of recording conservative figures and revising
 * them when better information comes ("Reported fatalities"). A count stated in two sentences is corroborated and
 * never flagged; an article whose other tolls are all single deaths has nothing to compare with and flags nothing.
 *
 * <p>Build one per article with {@link #of}; immutable afterwards, so threads may share it.
 */
public final class ArticleTolls {
    static final int REVIEW_RATIO = 20;
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
        List<Integer> all = new ArrayList<>(counts.values());
        Map<Integer, TollClaim> claims = new HashMap<>();
        counts.forEach((index, count) -> claims.put(index, new TollClaim(count, estimated.get(index),
                isOutlier(count, all))));
        return new ArticleTolls(claims);
    }

    /** The toll sentence {@code index} states, if any. */
    public Optional<TollClaim> forSentence(int index) {
        return Optional.ofNullable(bySentence.get(index));
    }

    /** Whether {@code count} is far above every other toll of {@code all} (which holds it too). */
    static boolean isOutlier(int count, List<Integer> all) {
        if (count <= REVIEW_FLOOR || Collections.frequency(all, count) > 1) {
            return false;
        }
        int base = 0;
        for (int other : all) {
            if (other != count && other > 1) {
                base = Math.max(base, other);
            }
        }
        return base > 0 && count > (long) REVIEW_RATIO * base;
    }
}
