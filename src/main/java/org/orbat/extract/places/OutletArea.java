package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outlet's country as the last word on where a report is, when the report itself says nothing of it: a text that
 * names no country and no significant place of one other country ("a car bomb went off outside the Pangani police
 * station", published by "Morning Star (Kenya)") happened in the outlet's country or next door (a Kenyan paper reports
 * Somalia, a Sudanese one South Sudan), so the namesakes of its names on other continents are dropped and a name with
 * none left stays unplaced rather than put abroad on a guess. Where the text names a country, or a town, city or
 * division found in one country only outside that area, the text decides and this rule stays out of it: the outlet
 * names where it is published, not always where the event is. Stateless.
 */
final class OutletArea {
    private static final Neighbours NEIGHBOURS = Neighbours.load();

    private OutletArea() {
    }

    /**
     * The candidates with only their namesakes in the outlet's countries and their neighbours, those with none left
     * removed; the candidates unchanged when the outlet names no country, the text names one ({@code textCues}), or a
     * significant place of the text lies in one country outside that area.
     */
    static List<Candidate> restrict(List<Candidate> candidates, Map<String, Double> textCues, Map<String, Double> outletCues) {
        Set<String> outlet = outletCues.entrySet().stream().filter(e -> e.getValue() > 1e-9).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        boolean textNamesCountry = textCues.values().stream().anyMatch(v -> v > 1e-9);
        if (outlet.isEmpty() || textNamesCountry) {
            return candidates;
        }
        Set<String> area = NEIGHBOURS.withNeighbours(outlet);
        if (candidates.stream().anyMatch(c -> placedElsewhere(c, area))) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<GazetteerPlace> inside = c.options().stream().filter(p -> area.contains(p.country())).toList();
            if (!inside.isEmpty()) {
                out.add(inside.size() == c.options().size() ? c : c.withOptions(inside));
            }
        }
        return out;
    }

    /**
     * A name of the text that says the report is elsewhere: every namesake in one country outside the area, one of
     * them a town or bigger or a division ("Extreme-Nord officials said ..." in a paper of Senegal). A village found in
     * one foreign country only is the likeliest chance match and says nothing; neither does a guess by consonants.
     */
    private static boolean placedElsewhere(Candidate candidate, Set<String> area) {
        if (candidate.approximate()) {
            return false;
        }
        String country = candidate.options().get(0).country();
        return !area.contains(country)
                && candidate.options().stream().allMatch(p -> p.country().equals(country))
                && candidate.options().stream().anyMatch(p -> p.isSignificant() || p.isGovernorate() || p.isDistrict());
    }
}
