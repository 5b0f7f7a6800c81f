package org.orbat.extract.claims;

import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;

/** Function words that mark shares of a toll, and scan stops ({@code lang/en/grammar/shares.tsv}). */
final class Shares {
    /** This class's words, kept as data: {@code lang/en/grammar/shares.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/shares.tsv");
    /** Words before a number that make it a share of a toll named before ("including 4 children"). */
    static final Set<String> INTRODUCERS = GRAMMAR.words("introducers");
    /** "50 of those", "5 of whom". */
    static final Set<String> PRONOUNS = GRAMMAR.words("pronouns");
    /** "4 of the dead". */
    static final Set<String> VICTIM_NOUNS = GRAMMAR.words("victim-nouns");
    /** Subordinators after which a fate no longer belongs to the counted noun. */
    static final Set<String> STOPS = GRAMMAR.words("stops");
    /** Forms whose subject is the killer, not the killed. */
    static final Set<String> ACTIVE_DEATH_FORMS = GRAMMAR.words("active-death-forms");

    /** Prepositions that end the noun phrase of a number: a measure noun after one is not what it counts. */
    static final Set<String> PREPOSITIONS = GRAMMAR.words("prepositions");

    /**
     * Verbs of regime and Russian military bulletins that mean killing when their object counts people, and "lost"
     * ("the brigade lost one commander").
     */
    static final Set<String> DEATH_VERBS_FOR_PEOPLE = GRAMMAR.words("death-verbs-for-people");

    /** Articles that open a new noun phrase: a number before one does not count the noun after it ("0 612 A woman"). */
    static final Set<String> ARTICLES = GRAMMAR.words("articles");

    private Shares() {
    }
}
