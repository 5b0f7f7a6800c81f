package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Death counts joined by "and": "killing one officer and two soldiers", "30 soldiers and 39 rebels were killed",
 * "killing him and 2 of his relatives". The second count takes the first one's fate, and the sentence's toll is
 * their sum, as the ACLED codebook adds every death of one event into its fatalities ("Reported fatalities").
 * Stateless.
 */
final class Coordination {
    /** This class's words, kept as data: {@code lang/en/grammar/coordination.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/coordination.tsv");
    /** Words that may stand between two joined counts besides the nouns they count. */
    private static final Set<String> LINKS = GRAMMAR.words("links");
    private static final int GAP = 5;

    private Coordination() {
    }

    /** {@code tolls} (in token order) with the counts joined by "and" to a death toll added as deaths. */
    static List<Toll> extend(List<Token> tokens, List<NumberMention> numbers, List<Toll> tolls) {
        List<Toll> out = new ArrayList<>(tolls);
        for (NumberMention number : numbers) {
            boolean counted = out.stream().anyMatch(t -> t.tokenBegin() < number.tokenEnd()
                    && number.tokenBegin() < t.tokenEnd());
            if (counted || !countsPeopleAfter(tokens, number)) {
                continue;
            }
            Toll before = previous(out, number.tokenBegin());
            if (before != null && before.killed() && !before.part() && joined(tokens, before, number.tokenBegin())) {
                out.add(new Toll(number.value(), false, before.who(), number.tokenBegin(), number.tokenEnd(), true,
                        false, number.estimated(), false));
            }
        }
        out.sort(Comparator.comparingInt(Toll::tokenBegin));
        return out;
    }

    /**
     * The tolls with each run of joined death counts replaced by one toll of their sum, so that the largest is the
     * sentence's toll.
     */
    static List<Toll> sum(List<Token> tokens, List<Toll> tolls) {
        List<Toll> out = new ArrayList<>();
        Toll run = null;
        for (Toll toll : tolls) {
            boolean eligible = toll.killed() && !toll.part() && !toll.tally();
            if (run != null && eligible && joined(tokens, run, toll.tokenBegin())) {
                run = new Toll(run.count() + toll.count(), run.atLeast() || toll.atLeast(), run.who(),
                        run.tokenBegin(), toll.tokenEnd(), true, false, run.estimated() || toll.estimated(), false);
                continue;
            }
            if (run != null) {
                out.add(run);
            }
            run = eligible ? toll : null;
            if (!eligible) {
                out.add(toll);
            }
        }
        if (run != null) {
            out.add(run);
        }
        return out;
    }

    private static Toll previous(List<Toll> tolls, int before) {
        Toll found = null;
        for (Toll toll : tolls) {
            if (toll.tokenEnd() <= before) {
                found = toll;
            }
        }
        return found;
    }

    /** Whether only the counted nouns, modifiers and one "and" lie between {@code first} and {@code at}. */
    private static boolean joined(List<Token> tokens, Toll first, int at) {
        if (at - first.tokenEnd() > GAP) {
            return false;
        }
        boolean and = false;
        for (int i = first.tokenEnd(); i < at; i++) {
            String word = Words.lower(tokens, i);
            and |= word.equals("and");
            boolean noun = Lexicon.PERSON_NOUNS.contains(word) || isCapitalisedName(tokens, i);
            if (!LINKS.contains(word) && !noun && !Lexicon.QUANTITY_MODIFIERS.contains(word)) {
                return false;
            }
        }
        return and;
    }

    /** "30 Kurdish fighters and 12 Turkish soldiers": a name or demonym inside the counted noun phrase. */
    private static boolean isCapitalisedName(List<Token> tokens, int i) {
        return i < tokens.size() && Words.isCapitalised(tokens.get(i));
    }

    /** "two soldiers", "2 of his relatives", "five others". */
    private static boolean countsPeopleAfter(List<Token> tokens, NumberMention number) {
        int i = number.tokenEnd();
        if (Words.lower(tokens, i).equals("of")) {
            i += 2;
        }
        for (int j = i; j < tokens.size() && j < i + 3; j++) {
            String word = Words.lower(tokens, j);
            if (Lexicon.PERSON_NOUNS.contains(word) || word.equals("others") || word.equals("relatives")) {
                return true;
            }
        }
        return false;
    }
}
