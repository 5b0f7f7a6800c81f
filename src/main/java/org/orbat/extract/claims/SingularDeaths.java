package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Finds deaths of one person written without a number: "killing a civilian", "shot and killed the head of the
 * council", "shot dead the mayor", "tortured a villager to death", "killing him", "a man was shot dead", "another soldier was killed", "the body of a fighter was found",
 * "a woman's body". The ACLED codebook counts every reported death ("Reported fatalities"), so each is a toll of 1;
 * a plural noun ("killing the soldiers") states no count and gives nothing. Stateless.
 */
final class SingularDeaths {
    private static final Lexicon PERSONS = Lexicon.load("singular-persons");
    /** This class's words, kept as data: {@code lang/en/grammar/singular-deaths.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/singular-deaths.tsv");
    /** Active forms whose object is the one killed. */
    private static final Set<String> KILLING_VERBS = GRAMMAR.words("killing-verbs");
    /** Nouns whose "of" object is the one killed: "the killing of a council member", "the body of a man". */
    private static final Set<String> DEATH_OF = GRAMMAR.words("death-of");
    /** Passive fates after "was": "was killed", "was shot dead", "was found dead". */
    private static final Set<String> PASSIVE_FATES = GRAMMAR.words("passive-fates");
    /** "was reportedly shot dead", "is said to have been killed", "was later found dead". */
    private static final Set<String> PASSIVE_FILLERS = GRAMMAR.words("passive-fillers");
    private static final Set<String> DETERMINERS = GRAMMAR.words("determiners");
    /** Verbs of a shooting, after which "dead" makes the object the one killed ("shot dead the mayor"). */
    private static final Set<String> SHOOTING = GRAMMAR.words("shooting-verbs");
    /** Verbs of harm whose object "to death" is the one killed ("tortured a villager to death"). */
    private static final Set<String> HARMING_VERBS = GRAMMAR.words("harming-verbs");
    private static final Set<String> NOUN_PHRASE_STOPS = Set.of(",", ".", ";", ":", "and", "or", "in", "on", "at",
            "near", "with", "by", "while", "who", "which", "after", "when", "as", "to", "from", "was", "were", "is");
    private static final int NOUN_REACH = 6;

    private SingularDeaths() {
    }

    /** One-person death tolls, each spanning the noun phrase of the one killed. */
    static List<Toll> find(List<Token> tokens) {
        List<Toll> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = Words.lower(tokens, i);
            int[] victim = null;
            if (DEATH_OF.contains(word) && Words.lower(tokens, i + 1).equals("of")) {
                victim = nounPhrase(tokens, i + 2);
            } else if (KILLING_VERBS.contains(word) || word.equals("dead") && SHOOTING.contains(Words.lower(tokens, i - 1))) {
                // "shot dead the head of the council": the object of "shot dead" is the one killed
                victim = objectOf(tokens, i + 1);
            } else if (HARMING_VERBS.contains(word)) {
                // "tortured a villager to death", "beat a man to death"
                int[] object = objectOf(tokens, i + 1);
                victim = object != null && Words.lower(tokens, object[1]).equals("to") && Words.lower(tokens, object[1] + 1).equals("death")
                    ? object : null;
            } else if (DETERMINERS.contains(word) && !Words.lower(tokens, i + 1).equals("of")) {
                int[] phrase = nounPhrase(tokens, i);
                if (phrase != null && (diesAfter(tokens, phrase[1]) || bodyAfter(tokens, phrase[1]))) {
                    victim = phrase;
                }
            }
            if (victim != null && !overlaps(found, victim)) {
                String who = Words.lower(tokens, victim[1] - 1);
                found.add(new Toll(1, false, who, victim[0], victim[1], true, false));
            }
        }
        return found;
    }

    /** "killing him", "killing a young man", "killed the head of ...". */
    private static int[] objectOf(List<Token> tokens, int from) {
        String word = Words.lower(tokens, from);
        if (word.equals("him") || word.equals("her")) {
            return new int[] {from, from + 1};
        }
        return DETERMINERS.contains(word) && !Words.lower(tokens, from + 1).equals("of") ? nounPhrase(tokens, from)
                : null;
    }

    /** From a determiner, the span up to and including a singular person noun a few words on, or {@code null}. */
    private static int[] nounPhrase(List<Token> tokens, int determiner) {
        if (!DETERMINERS.contains(Words.lower(tokens, determiner))) {
            return null;
        }
        for (int i = determiner + 1; i < tokens.size() && i <= determiner + NOUN_REACH; i++) {
            String word = Words.lower(tokens, i);
            if (PERSONS.contains(word)) {
                int end = i + 1;
                while (PERSONS.contains(Words.lower(tokens, end))) {
                    end++;
                }
                return new int[] {determiner, end};
            }
            if (NOUN_PHRASE_STOPS.contains(word) || isPlural(word) || Lexicon.DEATH.contains(word)
                    || Lexicon.WOUND.contains(word)) {
                return null;
            }
        }
        return null;
    }

    /** A person noun that counts more than one ("soldiers", "people"); "police" and "militia" may name one unit. */
    private static boolean isPlural(String word) {
        return Lexicon.PERSON_NOUNS.contains(word) && !PERSONS.contains(word) && !word.equals("police")
                && !word.equals("militia") && !word.equals("security");
    }

    /** "... was killed", "... was shot dead", "... has been executed", "... died"; a bracket between is skipped. */
    private static boolean diesAfter(List<Token> tokens, int after) {
        int from = after;
        if (Words.lower(tokens, from).equals("(")) {
            while (from < tokens.size() && from < after + 8 && !Words.lower(tokens, from).equals(")")) {
                from++;
            }
            from++;
        }
        String next = Words.lower(tokens, from);
        if (next.equals("died") || next.equals("dies")) {
            return true;
        }
        if (!next.equals("was") && !next.equals("is") && !next.equals("has")) {
            return false;
        }
        for (int i = from + 1; i < tokens.size() && i <= from + 6; i++) {
            String word = Words.lower(tokens, i);
            if (PASSIVE_FATES.contains(word)) {
                return true;
            }
            if (!PASSIVE_FILLERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "a man's body", "a woman's beheaded body". */
    private static boolean bodyAfter(List<Token> tokens, int from) {
        if (!Words.lower(tokens, from).equals("'s")) {
            return false;
        }
        String next = Words.lower(tokens, from + 1);
        return next.equals("body") || Words.lower(tokens, from + 2).equals("body");
    }

    private static boolean overlaps(List<Toll> found, int[] span) {
        return found.stream().anyMatch(t -> t.tokenBegin() < span[1] && span[0] < t.tokenEnd());
    }
}
