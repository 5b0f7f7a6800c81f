package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Names the gazetteer does not know in the spelling used, that the sentence says are places and locates: "Berghab
 * village in the Idlib countryside", "Voskhod, Donetsk". Such a name is sought among the settlements of the division named
 * for it, by the closest spelling ({@link Gazetteer#findInDivision}): the OCHA list writes "Berjhab", a report
 * may write "Berghab"; among a few hundred villages of one governorate a spelling that close is seldom another place, among
 * the world's it often is. The reading is {@link Candidate#approximate() approximate}: it gives the article no
 * country and is only kept in the one the rest of the article is in. Stateless and thread-safe.
 */
final class MisspeltPlaces {
    private static final int MAX_NAME_TOKENS = 3;
    private static final int MIN_KEY_LETTERS = 4;
    /** This class's words, kept as data: {@code lang/en/grammar/misspelt-places.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/misspelt-places.tsv");
    /** The nouns after a name that say it is a settlement ("Berghab village", "Voskhod town"). */
    private static final Set<String> SETTLEMENT_AFTER = GRAMMAR.words("settlement-after");
    /**
     * The kinds of lower division after a name ("Wormamay district, Paktika", "Kolofata subdivision (Mayo-Sava,
     * Extreme-Nord)"): such a division is named after its seat, which the gazetteer may spell otherwise ("Wor Mamay").
     */
    private static final Set<String> DIVISION_AFTER = GRAMMAR.words("division-after");
    private static final Set<String> LOCATING_MARKS = Set.of(",", "(", "-LRB-");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "GPE");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(al|el|ar|as|ash|at|az|ad|an|ed|es|et|ez)");
    private static final Set<String> HYPHENS = Set.of("-", "‐", "‑");

    private final Gazetteer gazetteer;
    private final LocatingPhrases locating;

    MisspeltPlaces(Gazetteer gazetteer, LocatingPhrases locating) {
        this.gazetteer = gazetteer;
        this.locating = locating;
    }

    /** The sentence's candidates (in token order, containers linked) with the misspelt places it locates added. */
    List<Candidate> add(AnnotatedSentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> out = new ArrayList<>(candidates);
        int k = 1; // a sentence's first word is capitalised anyway
        while (k < tokens.size()) {
            int end = nameEnd(tokens, k, candidates);
            if (end < 0) {
                k++;
                continue;
            }
            misspelt(sentence, k, end, candidates).ifPresent(out::add);
            k = end;
        }
        for (Candidate known : candidates) {
            if (outsideTheDivisionsNamed(known, candidates)) {
                // "X village in the Idlib countryside": the one X known lies elsewhere, OCHA spells this one otherwise; a
                // guess by the consonants alone, anywhere, gives way to the spelling found where the text says
                misspelt(sentence, known.tokenBegin(), known.tokenEnd(), candidates).ifPresent(found -> {
                    out.remove(known);
                    out.add(found);
                });
            }
        }
        out.sort(Comparator.comparingInt(Candidate::tokenBegin));
        return out;
    }

    /**
     * A village's name (or a guess by consonants at any settlement) none of whose namesakes lies in the division the
     * sentence names for it.
     */
    private static boolean outsideTheDivisionsNamed(Candidate known, List<Candidate> candidates) {
        if (known.containers().isEmpty() || !known.precision().equals("exact")) {
            return false;
        }
        List<GazetteerPlace> divisions = candidates.stream().filter(c -> known.containers().contains(c.tokenBegin()))
                .flatMap(c -> c.options().stream()).filter(ContainedPlaces::namesDivision).toList();
        // a division of the name in the country of the division named is the place; one abroad ("El Karma" of Oran for
        // "the Karma district of Anbar province") is only a namesake
        if (known.options().stream().anyMatch(p -> p.specificity() < 3
                && (divisions.isEmpty() || divisions.stream().anyMatch(d -> d.country().equals(p.country()))))) {
            return false;
        }
        // a town of the division's country is the text's or the gazetteer's slip of division, not a misspelling
        boolean townThere = !known.approximate() && known.options().stream().anyMatch(p -> p.isSignificant()
                && divisions.stream().anyMatch(d -> d.country().equals(p.country())));
        return !divisions.isEmpty() && !townThere && known.options().stream()
                .noneMatch(p -> divisions.stream().anyMatch(d -> ContainedPlaces.liesIn(p, d)));
    }

    /**
     * The end of an unknown name starting at {@code begin}: one to three capitalised proper nouns (articles and
     * hyphens between; not "a Kurdish village") after a word that is not capitalised, none of them part of a known place, followed by a settlement noun,
     * the kind of a lower division ("district", "woreda") or a comma or bracket; -1 when there is none.
     */
    private static int nameEnd(List<Token> tokens, int begin, List<Candidate> candidates) {
        if (!capitalised(tokens.get(begin).word()) || capitalised(tokens.get(begin - 1).word())) {
            return -1;
        }
        int end = begin;
        int words = 0;
        while (end < tokens.size() && words <= MAX_NAME_TOKENS) {
            String word = tokens.get(end).word();
            if (capitalised(word) && "NNP".equals(tokens.get(end).pos())) {
                words++;
            } else if (!(ARTICLE.matcher(word).matches() || HYPHENS.contains(word)) || end == begin) {
                break;
            }
            end++;
        }
        if (words == 0 || words > MAX_NAME_TOKENS || end >= tokens.size() || !capitalised(tokens.get(end - 1).word())) {
            return -1;
        }
        int last = end;
        if (candidates.stream().anyMatch(c -> c.tokenBegin() < last && begin < c.tokenEnd())) {
            return -1;
        }
        String next = tokens.get(end).word();
        // CoreNLP tags many Arabic village names PERSON, but a person's name is seldom followed by "village"
        boolean settlement = SETTLEMENT_AFTER.contains(next.toLowerCase(Locale.ROOT)) && taggedOnly(tokens, begin, end, true);
        boolean located = (LOCATING_MARKS.contains(next) || DIVISION_AFTER.contains(next.toLowerCase(Locale.ROOT)))
                && taggedOnly(tokens, begin, end, false);
        return settlement || located ? end : -1;
    }

    /** No tag but a place's (or a person's, when {@code person}): "Kurdish village", "Idlib Free Army, Aleppo" are not. */
    private static boolean taggedOnly(List<Token> tokens, int begin, int end, boolean person) {
        for (int k = begin; k < end; k++) {
            String ner = tokens.get(k).ner();
            if (ner != null && !"O".equals(ner) && !PLACE_TAGS.contains(ner) && !(person && "PERSON".equals(ner))) {
                return false;
            }
        }
        return true;
    }

    private java.util.Optional<Candidate> misspelt(AnnotatedSentence sentence, int begin, int end, List<Candidate> candidates) {
        String key = PlaceNames.key(sentence.span(begin, end));
        if (key.replace(" ", "").length() < MIN_KEY_LETTERS) {
            return java.util.Optional.empty();
        }
        List<Integer> containers = locating.containersAfter(sentence.tokens(), end, candidates);
        Set<GazetteerPlace> found = new LinkedHashSet<>();
        for (Candidate container : candidates) {
            if (!containers.contains(container.tokenBegin())) {
                continue;
            }
            for (GazetteerPlace division : container.options()) {
                if (ContainedPlaces.namesDivision(division)) {
                    gazetteer.findInDivision(key, division.country(), division.admin1()).stream()
                            .filter(p -> !division.isDistrict() || ContainedPlaces.liesIn(p, division))
                            .forEach(found::add);
                }
            }
        }
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Candidate(sentence.index(), begin, end, sentence.span(begin, end),
                List.copyOf(found), "exact", true, true, containers));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
