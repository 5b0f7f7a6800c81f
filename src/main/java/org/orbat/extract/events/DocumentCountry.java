package org.orbat.extract.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.orbat.extract.places.CountryCues;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The country a report is about when none of its places says so ("Four police officers were injured
 * during an attack", from a Kenyan daily): the ACLED codebook names generic actors and state forces by
 * the country the event happened in, so a report that places nothing still needs one. The text's country
 * names vote 1 (not inside a longer proper name: "Lake Chad"), its nationality adjectives 0.5, and the outlet's name ("Sunday Nation (Kenya)", "Kenyan
 * Weekly Review") 0.5, as the place chooser weighs them, from the place chooser's table and reading of outlets
 * ({@link CountryCues}); a tie the outlet does not break names no country.
 *
 * <p>A nationality right before an armed role word ("Ethiopian raiders", "Somali gunmen") names where the
 * armed men come from, not where they struck, and does not vote ({@link #originOf}). Data:
 * {@code resources/gazetteer/countries.tsv} (mledoze/countries, ODbL 1.0; GeoNames countryInfo, CC BY 4.0).
 * Immutable and thread-safe.
 */
final class DocumentCountry {
    static final double NAME_VOTE = 1.0;
    static final double DEMONYM_VOTE = 0.5;
    static final double OUTLET_VOTE = 0.5;
    /** The longest country name in words ("Central African Republic", "Democratic Republic of the Congo"). */
    private static final int MAX_WORDS = 5;

    private final CountryCues countries;
    private final Predicate<String> armedRole;

    private DocumentCountry(CountryCues countries, Predicate<String> armedRole) {
        this.countries = countries;
        this.armedRole = armedRole;
    }

    /**
     * The bundled country table (the place chooser's, {@link CountryCues}), with {@code armedRole} telling the head
     * words ("gunmen", "raiders") after which a nationality names the armed men's origin.
     */
    static DocumentCountry load(Predicate<String> armedRole) {
        return new DocumentCountry(CountryCues.load(), armedRole);
    }

    /** The ISO alpha-2 code a country name or nationality adjective stands for ("Kenya", "Kenyan"). */
    Optional<String> iso(String nameOrDemonym) {
        String key = nameOrDemonym.strip();
        return countries.country(key).or(() -> countries.demonymCountry(key));
    }

    /**
     * The country armed men named by the role word at {@code roleBegin} come from, when a nationality
     * adjective stands right before it: "Ethiopian raiders" are from Ethiopia. Empty otherwise.
     */
    Optional<String> originOf(List<Token> tokens, int roleBegin) {
        if (roleBegin < 1) {
            return Optional.empty();
        }
        String word = tokens.get(roleBegin - 1).word();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return countries.demonymCountry(word);
    }

    /** The country of a report whose places name none, from its words and its outlet; empty when they do not agree. */
    Optional<String> of(List<AnnotatedSentence> sentences, String outlet) {
        Map<String, Double> votes = new HashMap<>();
        for (AnnotatedSentence s : sentences) {
            vote(s.tokens(), votes);
        }
        Set<String> fromOutlet = countries.outletCountries(outlet);
        fromOutlet.forEach(c -> votes.merge(c, OUTLET_VOTE, Double::sum));
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> top = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).sorted().toList();
        if (top.size() == 1) {
            return Optional.of(top.get(0));
        }
        List<String> outletTop = top.stream().filter(fromOutlet::contains).toList();
        return outletTop.size() == 1 ? Optional.of(outletTop.get(0)) : Optional.empty();
    }

    private void vote(List<Token> tokens, Map<String, Double> votes) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            int matched = longestName(tokens, i);
            // "Lake Chad", "Niger Delta": a country's name inside a longer proper name names a place, not the country
            boolean inName = matched > 0 && (capitalisedName(tokens, i - 1) || capitalisedName(tokens, i + matched));
            if (matched > 0 && inName) {
                i += matched - 1;
                continue;
            }
            if (matched > 0) {
                votes.merge(countries.country(phrase(tokens, i, i + matched)).orElseThrow(), NAME_VOTE, Double::sum);
                i += matched - 1;
                continue;
            }
            String demonym = countries.demonymCountry(word).orElse(null);
            boolean origin = i + 1 < tokens.size() && armedRole.test(tokens.get(i + 1).word());
            if (demonym != null && !origin) {
                votes.merge(demonym, DEMONYM_VOTE, Double::sum);
            }
        }
    }

    /** Whether token {@code i} is a capitalised word within a sentence (not its first word, not a country word). */
    private boolean capitalisedName(List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && tokens.get(i).pos().startsWith("NNP");
    }

    private int longestName(List<Token> tokens, int start) {
        for (int n = Math.min(MAX_WORDS, tokens.size() - start); n >= 1; n--) {
            if (countries.country(phrase(tokens, start, start + n)).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    private static String phrase(List<Token> tokens, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (i > begin) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
