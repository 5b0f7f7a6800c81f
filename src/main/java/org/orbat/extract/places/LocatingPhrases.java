package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Links each place name of a sentence to the names written right after it to say where it lies: "Berghab village in
 * the Idlib countryside", "Voskhod, Donetsk", "Shevchenko (Pokrovsk raion, Donetsk oblast)", "Shevchenko
 * village, Novyi raion (Pokrovsk district, Donetsk oblast)". News reports and ACLED's notes (codebook "notes": "<place>
 * (<admin2>, <admin1>)") locate small places so, and the namesake that lies in the division named is the one
 * meant ({@link PlaceChooser}).
 *
 * <p>After the name come, in any order: a comma, an opening bracket or "in" (which join), "of" after a kind
 * of place ("the countryside of", "a district of"), the kinds of place of {@code locating_noun} in
 * {@code lang/en/place-context-words.tsv}, directions, up to three capitalised words the gazetteer does not know
 * (a township it lacks), and the names that locate it. Inside brackets anything goes up to the closing one. A
 * chain of commas that ends in "and" or "or" is a list ("Kharkiv, Donetsk and Odesa"), not a location, so the
 * names it joined by commas alone do not locate; nor do the names of a bracket that lists ("Lviv (Kharkiv, Donetsk and
 * Odesa)"). Stateless and thread-safe.
 */
final class LocatingPhrases {
    private static final int MAX_TOKENS = 20;
    private static final int MAX_UNKNOWN_WORDS = 3;
    private static final Set<String> OPENERS = Set.of("(", "-lrb-");
    private static final Set<String> CLOSERS = Set.of(")", "-rrb-");
    /** This class's words, kept as data: {@code lang/en/grammar/locating-phrases.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/locating-phrases.tsv");
    private static final Set<String> LIST_WORDS = GRAMMAR.words("list-words");

    private final ContextWords words;

    LocatingPhrases(ContextWords words) {
        this.words = words;
    }

    /** The candidates of one sentence (in token order), each with the names that locate it. */
    List<Candidate> link(List<Token> tokens, List<Candidate> candidates) {
        Map<Integer, Candidate> byBegin = new HashMap<>();
        candidates.forEach(c -> byBegin.put(c.tokenBegin(), c));
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            List<Integer> containers = containers(tokens, candidate, byBegin);
            out.add(containers.isEmpty() ? candidate : candidate.withContainers(containers));
        }
        return out;
    }

    /** The first tokens of the {@code candidates} that locate a name ending before token {@code end}. */
    List<Integer> containersAfter(List<Token> tokens, int end, List<Candidate> candidates) {
        Map<Integer, Candidate> byBegin = new HashMap<>();
        candidates.forEach(c -> byBegin.put(c.tokenBegin(), c));
        return containers(tokens, end, byBegin);
    }

    private List<Integer> containers(List<Token> tokens, Candidate place, Map<Integer, Candidate> byBegin) {
        return containers(tokens, place.tokenEnd(), byBegin);
    }

    private List<Integer> containers(List<Token> tokens, int placeEnd, Map<Integer, Candidate> byBegin) {
        List<Integer> located = new ArrayList<>();
        List<Integer> byCommaOnly = new ArrayList<>();
        List<Integer> bracketed = new ArrayList<>();
        boolean joined = false;
        boolean byComma = false;
        boolean inBrackets = false;
        boolean afterNoun = false;
        int unknown = 0;
        int end = Math.min(tokens.size(), placeEnd + MAX_TOKENS);
        int k = placeEnd;
        while (k < end) {
            Candidate next = byBegin.get(k);
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (next != null && (joined || inBrackets)) {
                located.add(k);
                if (byComma && !inBrackets) {
                    byCommaOnly.add(k);
                }
                if (inBrackets) {
                    bracketed.add(k);
                }
                joined = false;
                afterNoun = false;
                unknown = 0;
                k = next.tokenEnd();
                continue;
            }
            if (OPENERS.contains(word)) {
                inBrackets = true;
                joined = true;
            } else if (CLOSERS.contains(word)) {
                break;
            } else if (word.equals(",")) {
                joined = true;
                byComma = !inBrackets;
            } else if (word.equals("in") || word.equals("of") && afterNoun) {
                joined = true;
                byComma = false;
            } else if (words.locatingNouns().contains(word) || words.directions().contains(word)) {
                afterNoun = true;
            } else if (LIST_WORDS.contains(word)) {
                // "Kharkiv, Donetsk and Odesa", "Lviv (Kharkiv, Donetsk and Odesa)": a list, not a location
                located.removeAll(inBrackets ? bracketed : byCommaOnly);
                break;
            } else if (inBrackets) {
                unknown = 0; // "(Shevchenko, Novyi raion, Donetsk oblast)": a division the gazetteer lacks between known ones
            } else if (capitalised(tokens.get(k).word()) && ++unknown <= MAX_UNKNOWN_WORDS) {
                afterNoun = false; // "Novyi raion (...)": a raion the gazetteer lacks, then the known ones
            } else {
                break;
            }
            k++;
        }
        return located;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
