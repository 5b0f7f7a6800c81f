package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses between namesakes ("Hama" the city or one of three villages called Hama) using the context of
 * the article: (a) the governorate most named by unambiguous mentions, (b) closeness to the other places
 * of the same sentence, (c) size (city over village). Stateless and thread-safe.
 */
final class PlaceChooser {
    private static final double ARTICLE_GOVERNORATE_BONUS = 3.0;
    private static final double NEIGHBOUR_BONUS = 2.0;
    private static final double NEIGHBOUR_KM = 40.0;
    private static final double SYRIA_BONUS = 0.5;

    List<PlaceMention> choose(List<Candidate> candidates) {
        String articleAdmin1 = prevailingAdmin1(candidates);
        List<PlaceMention> out = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            List<GazetteerPlace> neighbours = candidates.stream()
                    .filter(other -> other != candidate && other.sentence() == candidate.sentence() && other.options().size() == 1)
                    .map(other -> other.options().get(0)).toList();
            GazetteerPlace best = candidate.options().stream()
                    .max(Comparator.comparingDouble(p -> score(p, articleAdmin1, neighbours)))
                    .orElseThrow();
            out.add(new PlaceMention(candidate.sentence(), candidate.tokenBegin(), candidate.tokenEnd(), candidate.text(),
                    best.toPlace(candidate.precision())));
        }
        return List.copyOf(out);
    }

    private static double score(GazetteerPlace place, String articleAdmin1, List<GazetteerPlace> neighbours) {
        double score = place.weight();
        if (place.admin1().equals(articleAdmin1)) {
            score += ARTICLE_GOVERNORATE_BONUS;
        }
        if (neighbours.stream().anyMatch(n -> n.distanceKm(place) < NEIGHBOUR_KM)) {
            score += NEIGHBOUR_BONUS;
        }
        if (place.country().equals("SY")) {
            score += SYRIA_BONUS;
        }
        return score;
    }

    /** The Syrian governorate named most by mentions that leave no doubt about their governorate. */
    private static String prevailingAdmin1(List<Candidate> candidates) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate candidate : candidates) {
            String admin1 = candidate.soleAdmin1();
            if (admin1 != null && candidate.options().get(0).country().equals("SY")) {
                votes.merge(admin1, candidate.options().get(0).isSignificant() ? 2 : 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
