package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The countries an article names outright: country names ("Afghanistan", "South Sudan") and demonyms
 * ("Afghan", "Libyan"), read from {@code gazetteer/countries.tsv} (mledoze/countries, ODbL 1.0).
 * A name counts more than a demonym ("Turkish drones" over a Syrian town names an actor's country, not
 * the place's), and both less than a city named in the text ("Russian forces near Kharkiv"). The outlet's name
 * votes too ({@link #voteOutlet}). Immutable and thread-safe.
 */
public final class CountryCues {
    static final String RESOURCE = "gazetteer/countries.tsv";
    static final double NAME_VOTE = 1.0;
    static final double DEMONYM_VOTE = 0.5;
    /**
     * The vote of a country the outlet's name gives ("Evening Post (Ghana)", "Kenyan Weekly Review"): a country
     * demonym's: where a report comes from is most often where it happened, but an international agency names its home
     * country too, so the article's own words outvote it.
     */
    static final double OUTLET_VOTE = DEMONYM_VOTE;
    private static final Pattern OUTLET_WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    private static final int MAX_WORDS = 6;

    private final Map<String, String> names;
    private final Map<String, String> demonyms;

    private CountryCues(Map<String, String> names, Map<String, String> demonyms) {
        this.names = Map.copyOf(names);
        this.demonyms = Map.copyOf(demonyms);
    }

    /** The bundled country table. */
    public static CountryCues load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        ResourceTables.rows(RESOURCE, 3, cols -> (cols[1].equals("demonym") ? demonyms : names).putIfAbsent(PlaceNames.fold(cols[2]), cols[0]));
        return new CountryCues(names, demonyms);
    }

    /** The country (ISO alpha-2) a name such as "Afghanistan" or "United States" stands for. */
    public Optional<String> country(String name) {
        return Optional.ofNullable(names.get(PlaceNames.fold(name)));
    }

    /** The country (ISO alpha-2) whose people a word such as "Kenyan" names. */
    public Optional<String> demonymCountry(String word) {
        return Optional.ofNullable(demonyms.get(PlaceNames.fold(word)));
    }

    /** Whether a word names a country or its people ("Syria", "Syrias" with its apostrophe lost, "Syrian"). */
    boolean isCountryWord(String word) {
        String folded = PlaceNames.fold(word);
        String bare = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        return names.containsKey(folded) || names.containsKey(bare) || demonyms.containsKey(folded) || demonyms.containsKey(bare);
    }

    /**
     * Adds the votes of the countries an outlet's name gives: "Evening Post (Ghana)", "Kenyan Weekly Review",
     * "Radio Sahel (Niger)". Several outlets joined by ";" each vote once for a country, so a report
     * carried by three outlets of one country does not outvote the places it names. Null or blank adds nothing.
     */
    void voteOutlet(String outlet, Map<String, Double> votes) {
        outletCountries(outlet).forEach(country -> votes.merge(country, OUTLET_VOTE, Double::sum));
    }

    /**
     * The countries an outlet's name gives, each once, by the country names and demonyms in it, as a sentence's are
     * read: "Daily Nation (Kenya); KTN News (Kenya)" gives Kenya, "Kenyan Weekly Review" too. Null or blank gives none.
     */
    public java.util.SortedSet<String> outletCountries(String outlet) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        if (outlet == null || outlet.isBlank()) {
            return out;
        }
        Map<String, Double> own = new HashMap<>();
        List<String> words = new ArrayList<>();
        Matcher m = OUTLET_WORD.matcher(outlet);
        while (m.find()) {
            words.add(m.group());
        }
        vote(words, own);
        out.addAll(own.keySet());
        return out;
    }

    /** Adds the votes of one sentence's country names and demonyms to {@code votes}. */
    void vote(AnnotatedSentence sentence, Map<String, Double> votes) {
        vote(sentence.tokens().stream().map(Token::word).toList(), votes);
    }

    private void vote(List<String> tokens, Map<String, Double> votes) {
        int i = 0;
        while (i < tokens.size()) {
            String word = tokens.get(i);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                i++;
                continue;
            }
            int matched = 0;
            String longest = null;
            StringBuilder span = new StringBuilder();
            for (int len = 1; len <= MAX_WORDS && i + len <= tokens.size(); len++) {
                span.append(len > 1 ? " " : "").append(tokens.get(i + len - 1));
                String country = names.get(PlaceNames.fold(span.toString()));
                if (country != null) { // the longest name wins: "South Sudan", not "Sudan"
                    matched = len;
                    longest = country;
                }
            }
            if (longest != null) {
                votes.merge(longest, NAME_VOTE, Double::sum);
            } else {
                String folded = PlaceNames.fold(word);
                String country = demonyms.get(folded);
                if (country == null && folded.endsWith("s")) { // "Afghans", "Libyans"
                    country = demonyms.get(folded.substring(0, folded.length() - 1));
                }
                if (country != null) {
                    votes.merge(country, DEMONYM_VOTE, Double::sum);
                }
            }
            i += Math.max(1, matched);
        }
    }
}
