package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses between namesakes ("Nawa" in Ghazni, in Helmand or in Daraa; "Ramla" in Israel or in Libya) in the
 * light of the whole article.
 *
 * <ol>
 *   <li>The article's countries: every country name and demonym the text uses ({@link CountryCues}) and every
 *       place name votes once for the countries its namesakes lie in (a name found in one country only gives
 *       that country whole votes, a name shared by several splits one vote by size, so a foreign namesake of
 *       a local name adds little).</li>
 *   <li>Only namesakes in the leading country, or in a country the rest of the article gives at least half
 *       the votes of its best country, stay; a name with none there is left unplaced rather than put abroad
 *       on a guess. A leader that only this name's own foreign namesake makes, in a text naming another country
 *       that does not border it, does not count for the name. Countries tied with the leader stay; a city that is the article's only place is not ruled
       out by country names alone (they often name who acted, not where). An article with no votes at all keeps
       every option. A text that names no country is first kept to the outlet's country and its neighbours
       ({@link OutletArea}).</li>
 *   <li>Among those: the leading country, then the first-level division the article names most (also
 *       through "Ghazni province", "Al-Hasakeh countryside" or "(Nablus, West Bank)"), then the district
 *       it names, then closeness to the other places of the sentence, then size (capital, seat, population).</li>
 * </ol>
 * A name accepted on its own (no place tag or cue word: {@link Candidate#cued()}) may only be read as a
 * significant place; a name matched by its consonants only ({@link Candidate#approximate()}) does not vote and
 * is only read in the article's leading country. Stateless and thread-safe.
 */
final class PlaceChooser {
    private static final double LEADING_COUNTRY_BONUS = 2.0;
    private static final double ARTICLE_ADMIN1_BONUS = 3.0;
    private static final double NAMED_ADMIN1_BONUS = 1.5;
    private static final double NAMED_ADMIN2_BONUS = 1.5;
    private static final double NEIGHBOUR_BONUS = 2.0;
    private static final double NEIGHBOUR_KM = 40.0;
    /** A country stays in play with this share of the leading country's votes. */
    private static final double COUNTRY_SHARE = 0.5;
    private static final double SHARE_BASE = 3.0;
    private static final double DIVISION_VOTE = 2.5;
    private static final double NAME_BONUS = 0.5;
    private static final int CITY_WEIGHT = 4;
    /** A name's vote for a country where it has a namesake close to a namesake of another name of its sentence. */
    private static final double NEIGHBOURS_VOTE = 1.0;
    private static final Neighbours NEIGHBOURS = Neighbours.load();

    List<PlaceMention> choose(List<Candidate> all, Map<String, Double> countryCues) {
        return choose(all, countryCues, Map.of());
    }

    /**
     * As {@link #choose(List, Map)}, the countries the outlet's name gives apart from those the text names: both rank
     * namesakes, but only the text rules out a name read as a place on its name alone (an agency names its home
     * country too).
     */
    List<PlaceMention> choose(List<Candidate> all, Map<String, Double> textCues, Map<String, Double> outletCues) {
        Map<String, Double> countryCues = new HashMap<>(textCues);
        outletCues.forEach((country, vote) -> countryCues.merge(country, vote, Double::sum));
        List<Candidate> candidates = OutletArea.restrict(ContainedPlaces.locate(all).stream()
                .filter(c -> c.cued() || !significant(c).isEmpty())
                .map(c -> c.cued() ? c : c.withOptions(significant(c))).toList(), textCues, outletCues);
        // a name repeated is one place: it votes once, with the namesakes of all its mentions
        Map<String, List<GazetteerPlace>> byName = new LinkedHashMap<>();
        Map<String, Boolean> division = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.approximate()) {
                continue; // a guess by consonants says nothing of the article's country
            }
            List<GazetteerPlace> merged = byName.computeIfAbsent(nameKey(c), k -> new ArrayList<>());
            c.options().stream().filter(p -> !merged.contains(p)).forEach(merged::add);
            division.merge(nameKey(c), c.precision().equals("governorate"), Boolean::logicalOr);
        }
        Map<String, Map<String, Double>> nameVotes = new HashMap<>();
        byName.forEach((name, options) -> nameVotes.put(name, countryVotes(options, division.get(name))));
        neighbourCountries(candidates).forEach((name, countries) -> countries.forEach(
                country -> nameVotes.get(name).merge(country, NEIGHBOURS_VOTE, Math::max)));
        List<Map<String, Double>> votes = candidates.stream()
                .map(c -> c.approximate() ? Map.<String, Double>of() : nameVotes.get(nameKey(c))).toList();
        Map<String, Double> placeTotal = new HashMap<>();
        nameVotes.values().forEach(v -> v.forEach((country, vote) -> placeTotal.merge(country, vote, Double::sum)));
        Map<String, Double> total = new HashMap<>(placeTotal);
        countryCues.forEach((country, vote) -> total.merge(country, vote, Double::sum));
        String leading = leader(total);
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            Candidate candidate = candidates.get(k);
            Candidate within = aloneWithCountryCues(candidate, votes.get(k), placeTotal) ? candidate
                    : withinArticleCountries(candidate, votes.get(k), total, leading, textCues);
            kept.add(within == null || candidate.cued() || candidate.approximate() ? within
                    : namedCountryOrNeighbour(within, textCues));
        }
        kept = ContainedPlaces.narrow(kept);
        // first reading: country and size; second: also the divisions the first reading found
        List<GazetteerPlace> first = new ArrayList<>();
        for (Candidate candidate : kept) {
            first.add(candidate == null ? null : best(candidate, kept, leading, Map.of()));
        }
        Map<String, Integer> admin1Votes = admin1Votes(kept, first);
        List<PlaceMention> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            Candidate candidate = kept.get(k);
            if (candidate == null) {
                continue;
            }
            Map<String, Integer> others = new HashMap<>(admin1Votes);
            GazetteerPlace own = first.get(k);
            others.computeIfPresent(own.country() + "/" + own.admin1(), (key, v) -> v > admin1Vote(candidate, own) ? v - admin1Vote(candidate, own) : null);
            GazetteerPlace best = best(candidate, kept, leading, others);
            String precision = best.isGovernorate() ? "governorate"
                    : best.isDistrict() && candidate.precision().equals("exact") ? "near" : candidate.precision();
            out.add(new PlaceMention(candidate.sentence(), candidate.tokenBegin(), candidate.tokenEnd(), candidate.text(),
                    best.toPlace(precision)));
        }
        return List.copyOf(out);
    }

    /**
     * For each name, the countries where one of its namesakes lies within {@value #NEIGHBOUR_KM} km of a namesake of
     * another name of the same sentence, one of the two a significant place or a name found in one country only
     * ("el Marj clashed with Bar Elias" is the Lebanese Marj, not the Libyan city): "the Qoubbeh neighbourhood in Tripoli
     * city" is in Lebanon, where both names lie together, not in Libya (the bigger Tripoli) or Azerbaijan (the
     * bigger Quba). Places a sentence names together lie together (the "spatial minimality" heuristic of
     * geoparsers, Leidner 2007), so such a pair says more of the country than the size of either namesake.
     */
    private static Map<String, Set<String>> neighbourCountries(List<Candidate> candidates) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int a = 0; a < candidates.size(); a++) {
            Candidate one = candidates.get(a);
            for (int b = a + 1; b < candidates.size(); b++) {
                Candidate two = candidates.get(b);
                if (one.approximate() || two.approximate() || one.sentence() != two.sentence()
                        || nameKey(one).equals(nameKey(two))) {
                    continue;
                }
                boolean oneCountryName = oneCountry(one) || oneCountry(two);
                for (GazetteerPlace p : one.options()) {
                    for (GazetteerPlace q : two.options()) {
                        if (p.country().equals(q.country()) && (oneCountryName || p.isSignificant() || q.isSignificant())
                                && p.distanceKm(q) < NEIGHBOUR_KM) {
                            out.computeIfAbsent(nameKey(one), k -> new HashSet<>()).add(p.country());
                            out.computeIfAbsent(nameKey(two), k -> new HashSet<>()).add(p.country());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean oneCountry(Candidate candidate) {
        return candidate.options().stream().map(GazetteerPlace::country).distinct().count() == 1;
    }

    /**
     * The candidate with only the namesakes in the article's countries; null when none is left. A country is
     * in play for a mention when the rest of the article gives it at least half the votes of the best
     * country there (so a lone foreign namesake cannot vote itself in: "Ibbin town in Aleppo countryside" is
     * not Yibin in China), or when it leads the whole article (so the one Syrian division of an article whose
     * other name has namesakes abroad stays; counting only the other mentions lost those: Syrian ACLED rows
     * loc50 0.62 to 0.58).
     */
    private static Candidate withinArticleCountries(Candidate candidate, Map<String, Double> own, Map<String, Double> total,
                                                    String leading, Map<String, Double> textCues) {
        if (candidate.approximate()) { // a guess by consonants only in the country the rest of the article is in
            List<GazetteerPlace> local = candidate.options().stream().filter(p -> p.country().equals(leading)).toList();
            return local.isEmpty() ? null : candidate.withOptions(local);
        }
        Map<String, Double> others = new HashMap<>(total);
        own.forEach((country, vote) -> others.merge(country, -vote, Double::sum));
        Set<String> allowed = allowedCountries(others);
        if (!allowed.isEmpty() && leading != null && !leadsOnItsOwnVotes(candidate, others, leading, textCues)) {
            allowed.add(leading);
            // countries tied with the leader stay too: "Sirte" and a Burkinabe-named building in one report each
            // give their country two votes, and which of them "leads" would be chance
            double top = total.get(leading);
            total.forEach((country, vote) -> {
                if (vote >= top - 1e-9) {
                    allowed.add(country);
                }
            });
        }
        List<GazetteerPlace> options = candidate.options().stream()
                .filter(p -> allowed.isEmpty() || allowed.contains(p.country())).toList();
        return options.isEmpty() ? null : candidate.withOptions(options);
    }

    /**
     * Whether the article's leading country leads only by this name's own votes, for a name found in several countries,
     * in a text that names another country and not the leader or a neighbour of it: "Sudanese aircraft bombed Kabe near
     * Guldo" gives Nigeria's bigger Kabba the lead by its size alone, which says nothing of where the report is. Such a
     * name is read only in the countries the rest of the article gives, or left unplaced.
     */
    private static boolean leadsOnItsOwnVotes(Candidate candidate, Map<String, Double> others, String leading,
                                              Map<String, Double> textCues) {
        if (others.getOrDefault(leading, 0.0) > 1e-9 || oneCountry(candidate)) {
            return false;
        }
        Set<String> named = allowedCountries(textCues);
        return !named.isEmpty() && !NEIGHBOURS.withNeighbours(named).contains(leading);
    }

    /**
     * A name read as a place on its name alone (no place tag, cue word or list: {@link Candidate#cued()}) only in a
     * country the text names (country names and demonyms giving at least half the votes of the best one) or a
     * country bordering one: "Abbala gunmen ambushed a Sudanese patrol" is no town in Mexico, while "Turkish forces
     * shelled Manbij" stays in Syria, next door. Only the text's own words count here: the places it names have
     * namesakes abroad and an outlet names its home country too. A text that names no country keeps every namesake.
     */
    private static Candidate namedCountryOrNeighbour(Candidate candidate, Map<String, Double> textCues) {
        Set<String> allowed = allowedCountries(textCues);
        if (allowed.isEmpty()) {
            return candidate;
        }
        Set<String> near = NEIGHBOURS.withNeighbours(allowed);
        List<GazetteerPlace> options = candidate.options().stream().filter(p -> near.contains(p.country())).toList();
        return options.isEmpty() ? null : candidate.withOptions(options);
    }

    /**
     * A city or bigger the only place of its article, beside country names alone: "The United States struck IS in
     * the city of Sirte" names the country that acted, not where, so the name is not left unplaced for it (the
     * country still ranks namesakes). Another place of the article elsewhere does rule it out.
     */
    private static boolean aloneWithCountryCues(Candidate candidate, Map<String, Double> own, Map<String, Double> placeTotal) {
        if (candidate.approximate() || candidate.options().get(0).weight() < CITY_WEIGHT) {
            return false;
        }
        return placeTotal.entrySet().stream().allMatch(e -> e.getValue() - own.getOrDefault(e.getKey(), 0.0) <= 1e-9);
    }

    private GazetteerPlace best(Candidate candidate, List<Candidate> kept, String leading, Map<String, Integer> admin1Votes) {
        String articleAdmin1 = admin1Votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        Set<String> namedAdmin2 = namedAdmin2(kept, candidate);
        List<GazetteerPlace> neighbours = kept.stream()
                .filter(other -> other != null && other != candidate && other.sentence() == candidate.sentence()
                        && other.options().size() == 1)
                .map(other -> other.options().get(0)).toList();
        String surfaceKey = PlaceNames.key(candidate.text());
        return candidate.options().stream()
                .max(Comparator.comparingDouble(p -> score(p, surfaceKey, leading, articleAdmin1, admin1Votes, namedAdmin2, neighbours)))
                .orElseThrow();
    }

    /** The name a mention votes under: its key without the words around it ("Aleppo countryside" is Aleppo). */
    private static String nameKey(Candidate candidate) {
        return candidate.options().get(0).isGovernorate() && candidate.precision().equals("governorate")
                ? candidate.options().get(0).country() + "/" + candidate.options().get(0).admin1() : PlaceNames.key(candidate.text());
    }

    private static List<GazetteerPlace> significant(Candidate candidate) {
        return candidate.options().stream().filter(GazetteerPlace::isSignificant).toList();
    }

    private static double score(GazetteerPlace place, String surfaceKey, String leading, String articleAdmin1, Map<String, Integer> admin1Votes,
                                Set<String> namedAdmin2, List<GazetteerPlace> neighbours) {
        double score = place.weight() + Math.log10(place.population() + 1) * 0.1;
        if (PlaceNames.key(place.name()).equals(surfaceKey)) {
            score += NAME_BONUS; // "Homs" is Homs itself before Al Khums, which some also spell so
        }
        String admin1 = place.country() + "/" + place.admin1();
        if (place.country().equals(leading)) {
            score += LEADING_COUNTRY_BONUS;
        }
        if (admin1.equals(articleAdmin1)) {
            score += ARTICLE_ADMIN1_BONUS;
        } else if (admin1Votes.containsKey(admin1)) {
            score += NAMED_ADMIN1_BONUS;
        }
        if (!place.admin2().isEmpty() && namedAdmin2.contains(place.country() + "/" + place.admin2())) {
            score += NAMED_ADMIN2_BONUS;
        }
        if (neighbours.stream().anyMatch(n -> n.distanceKm(place) < NEIGHBOUR_KM)) {
            score += NEIGHBOUR_BONUS;
        }
        return score;
    }

    /**
     * One mention's votes: a name whose namesakes all lie in one country gives it 2.5 votes for a division
     * named as such ("Aleppo countryside", "Ghazni province"), two for a city, one for a town, half for a village (a village name is the likeliest to be a chance match);
     * a shared name splits one vote by 3 to the power of its biggest namesake's weight in each country, so the
     * capital outvotes the towns of the same name (Sanaa in Yemen over Sano in Japan, about 0.8 to 0.1).
     */
    private static Map<String, Double> countryVotes(List<GazetteerPlace> options, boolean division) {
        Map<String, Integer> biggest = new HashMap<>();
        for (GazetteerPlace p : options) {
            biggest.merge(p.country(), p.weight(), Math::max);
        }
        Map<String, Double> out = new HashMap<>();
        if (biggest.size() == 1) {
            biggest.forEach((country, weight) -> out.put(country, division ? DIVISION_VOTE : weight >= 4 ? 2.0 : weight == 3 ? 1.0 : 0.5));
            return out;
        }
        double sum = biggest.values().stream().mapToDouble(w -> Math.pow(SHARE_BASE, w)).sum();
        biggest.forEach((country, weight) -> out.put(country, Math.pow(SHARE_BASE, weight) / sum));
        return out;
    }

    private static Set<String> allowedCountries(Map<String, Double> votes) {
        double top = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<String> out = new HashSet<>();
        if (top <= 1e-9) {
            return out; // nothing else in the article says where it is: every namesake stays
        }
        votes.forEach((country, vote) -> {
            if (vote >= COUNTRY_SHARE * top) {
                out.add(country);
            }
        });
        return out;
    }

    private static String leader(Map<String, Double> votes) {
        return votes.entrySet().stream().filter(e -> e.getValue() > 1e-9).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The first-level divisions the article names, by country, as the first reading placed its mentions: a
     * division named outright or a significant place counts two, a village one.
     */
    private static Map<String, Integer> admin1Votes(List<Candidate> candidates, List<GazetteerPlace> chosen) {
        Map<String, Integer> votes = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            GazetteerPlace place = chosen.get(k);
            if (place != null && !place.admin1().isEmpty()) {
                votes.merge(place.country() + "/" + place.admin1(), admin1Vote(candidates.get(k), place), Integer::sum);
            }
        }
        return votes;
    }

    private static int admin1Vote(Candidate candidate, GazetteerPlace place) {
        return place.isSignificant() || candidate.precision().equals("governorate") ? 2 : 1;
    }

    /** The districts the other mentions name ("Abala (Kilbati, Afar)"): a district option of theirs. */
    private static Set<String> namedAdmin2(List<Candidate> candidates, Candidate self) {
        Set<String> out = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (candidate != null && candidate != self) {
                candidate.options().stream().filter(GazetteerPlace::isDistrict)
                        .forEach(p -> out.add(p.country() + "/" + p.admin2()));
            }
        }
        return out;
    }
}
