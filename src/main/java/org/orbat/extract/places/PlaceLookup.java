package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains how a name alone would be placed: every namesake in the gazetteer, ranked as {@link PlaceChooser}
 * ranks them when the article's country is {@code country} (or unknown), with the reasons for its score.
 * Backs {@code orbat gazetteer lookup}. Immutable and thread-safe.
 */
public final class PlaceLookup {
    private final Gazetteer gazetteer;

    public PlaceLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * One namesake with its score; {@code eligible} is false when the article's country rules it out.
     *
     * @param place the gazetteer entry
     * @param score higher wins
     * @param eligible false when it lies outside the article's country (such a name is left unplaced)
     * @param reasons what the score is made of
     */
    public record Ranked(GazetteerPlace place, double score, boolean eligible, List<String> reasons) {
        public Ranked {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The namesakes of {@code name}, best first.
     *
     * @param country the article's country (ISO alpha-2), or empty when nothing says it
     */
    public List<Ranked> lookup(String name, Optional<String> country) {
        String key = PlaceNames.key(name);
        Optional<String> cc = country.map(c -> c.toUpperCase(Locale.ROOT));
        List<Ranked> out = new ArrayList<>();
        for (GazetteerPlace place : gazetteer.findKey(key)) {
            List<String> reasons = new ArrayList<>();
            double score = place.weight() + Math.log10(place.population() + 1) * 0.1;
            reasons.add("weight " + place.weight() + " (" + place.featureClass() + ")");
            if (place.population() > 0) {
                reasons.add("population " + place.population());
            }
            if (PlaceNames.key(place.name()).equals(key)) {
                score += 0.5;
                reasons.add("its own name, not an alternate");
            }
            boolean eligible = cc.map(c -> c.equals(place.country())).orElse(true);
            if (cc.isPresent() && eligible) {
                score += 2.0;
                reasons.add("in the article's country");
            } else if (cc.isPresent()) {
                reasons.add("outside the article's country: not placed there");
            }
            out.add(new Ranked(place, score, eligible, reasons));
        }
        out.sort(Comparator.comparing(Ranked::eligible).reversed().thenComparing(Comparator.comparingDouble(Ranked::score).reversed()));
        return List.copyOf(out);
    }
}
