package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, of a name's namesakes, those that lie in the places the sentence says it lies in ({@link
 * Candidate#containers()}): "Voskhod, Donetsk" is the Voskhod of Donetsk oblast, not the bigger town of that name
 * in Crimea; "Abkally village in Hama countryside" is not the Abkally of Idlib.
 * A village none of whose namesakes lies in the first- or second-level division named for it is some place the
 * gazetteer lacks, and is dropped rather than put in another division (the division itself still places
 * the event). Stateless.
 */
final class ContainedPlaces {
    /** A settlement that locates another: the other lies in its division or this close to it. */
    private static final double NEAR_KM = 40.0;

    private ContainedPlaces() {
    }

    /**
     * Before the article's countries are weighed: each name with only its namesakes that lie in the places named
     * for it, when some do, and then taken for a place (cued) whatever its size: "Shevchenko (Pokrovsk raion, Donetsk
     * oblast)" is the Ukrainian village, not the Kazakh city that alone would be read on its name.
     */
    static List<Candidate> locate(List<Candidate> candidates) {
        return narrow(candidates, false);
    }

    /**
     * After: the candidates (nulls for those already ruled out) with their options narrowed the same way; null for a
     * name with no namesake in the first- or second-level division named for it.
     */
    static List<Candidate> narrow(List<Candidate> candidates) {
        return narrow(candidates, true);
    }

    private static List<Candidate> narrow(List<Candidate> candidates, boolean drop) {
        Map<Long, Integer> index = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c != null) {
                index.put(key(c.sentence(), c.tokenBegin()), k);
            }
        }
        List<Candidate> out = new ArrayList<>(candidates);
        // from the last name back: a container is narrowed by its own containers before it narrows another name
        for (int k = out.size() - 1; k >= 0; k--) {
            Candidate candidate = out.get(k);
            if (candidate == null || candidate.containers().isEmpty()) {
                continue;
            }
            List<GazetteerPlace> around = new ArrayList<>();
            for (int begin : candidate.containers()) {
                Integer at = index.get(key(candidate.sentence(), begin));
                if (at != null && out.get(at) != null) {
                    around.addAll(out.get(at).options());
                }
            }
            out.set(k, narrowed(candidate, around, drop));
        }
        return out;
    }

    private static Candidate narrowed(Candidate candidate, List<GazetteerPlace> around, boolean drop) {
        if (around.isEmpty()) {
            return candidate;
        }
        List<GazetteerPlace> inside = candidate.options().stream()
                .filter(p -> around.stream().anyMatch(q -> liesIn(p, q))).toList();
        if (!inside.isEmpty()) {
            return drop ? candidate.withOptions(inside) : candidate.withOptions(inside).asCued();
        }
        boolean division = candidate.precision().equals("governorate")
                || candidate.options().stream().anyMatch(GazetteerPlace::isGovernorate);
        boolean divisionNamed = around.stream().anyMatch(q -> namesDivision(q)
                && candidate.options().stream().anyMatch(p -> p.country().equals(q.country())));
        // a town's name is seldom a chance match: a town outside the division named is the gazetteer's or the
        // text's slip (a town written with the neighbouring province), so it stays
        boolean town = candidate.options().stream().anyMatch(GazetteerPlace::isSignificant);
        return drop && divisionNamed && !division && !town ? null : candidate;
    }

    /**
     * Whether naming {@code place} names a division: a first- or second-level division, or a city of the same name
     * as its first-level division ("Voskhod, Donetsk" names Donetsk oblast, whatever the city's own reading).
     */
    static boolean namesDivision(GazetteerPlace place) {
        return place.isGovernorate() || place.isDistrict() || PlaceNames.key(place.name()).equals(PlaceNames.key(place.admin1()));
    }

    /** Whether {@code place} lies in {@code container}: its division, or near a settlement. */
    static boolean liesIn(GazetteerPlace place, GazetteerPlace container) {
        if (place.equals(container)) {
            return true; // "X town (X township)": a town and the township named after it, one place
        }
        if (!place.country().equals(container.country())) {
            return false;
        }
        boolean sameAdmin1 = undivided(place.admin1()).equals(undivided(container.admin1()));
        if (container.isGovernorate()) {
            return sameAdmin1;
        }
        if (container.isDistrict()) {
            return !place.admin2().isEmpty() ? place.admin2().equals(container.admin2()) || place.distanceKm(container) < NEAR_KM
                    : sameAdmin1;
        }
        return sameAdmin1 || place.distanceKm(container) < NEAR_KM;
    }

    /**
     * A first-level division without the part of it OCHA splits off: places carry "Shan (North)", "Bago (West)"
     * where the division itself is GeoNames' whole "Shan", "Bago" (see {@code gazetteer/SOURCES.md}).
     */
    private static String undivided(String admin1) {
        int bracket = admin1.indexOf(" (");
        return bracket > 0 && admin1.endsWith(")") ? admin1.substring(0, bracket) : admin1;
    }

    private static long key(int sentence, int tokenBegin) {
        return (long) sentence << 32 | tokenBegin;
    }
}
