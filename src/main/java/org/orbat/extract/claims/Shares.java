package org.orbat.extract.claims;

import java.util.Set;

/** Function words that mark shares of a toll, and scan stops; too small and fixed to be a curated list. */
final class Shares {
    /** Words before a number that make it a share of a toll named before ("including 4 children"). */
    static final Set<String> INTRODUCERS = Set.of("including", "include", "includes", "included");
    /** "50 of those", "5 of whom". */
    static final Set<String> PRONOUNS = Set.of("those", "them", "whom", "these", "which");
    /** "4 of the dead". */
    static final Set<String> VICTIM_NOUNS = Set.of("dead", "victims", "killed", "fatalities", "casualties",
            "wounded", "injured");
    /** Subordinators after which a fate no longer belongs to the counted noun. */
    static final Set<String> STOPS = Set.of("where", "when", "after", "before", "because", "since", "until",
            "while", "whereas");
    /** Forms whose subject is the killer, not the killed. */
    static final Set<String> ACTIVE_DEATH_FORMS = Set.of("kill", "kills", "killing", "executing", "executes",
            "eliminating", "massacring");

    /** Prepositions that end the noun phrase of a number: a measure noun after one is not what it counts. */
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "near", "from", "by", "with", "during",
            "across", "inside", "outside", "into", "for", "around", "after", "over", "to");

    /**
     * Verbs of regime and Russian military bulletins that mean killing when their object counts people, and "lost"
     * ("the brigade lost one commander").
     */
    static final Set<String> DEATH_VERBS_FOR_PEOPLE = Set.of("destroyed", "annihilated", "neutralised",
            "neutralized", "liquidated", "lost", "lose", "loses", "losing");

    /** Articles that open a new noun phrase: a number before one does not count the noun after it ("0 612 A woman"). */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private Shares() {
    }
}
