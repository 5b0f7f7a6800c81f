package org.orbat.actors;

import java.util.regex.Pattern;

/**
 * Spots short acronyms inside a multi-word name. The spelling rules reduce vowels, so "IS forces"
 * and "US forces" share a key; a name holding a two- to four-letter acronym therefore only matches
 * as written. Stateless.
 */
final class Acronyms {
    private static final Pattern WORD = Pattern.compile("[\\s\\-–]+");

    private Acronyms() {
    }

    /** Whether the name has more than one word and one of them is an upper-case acronym ("IS", "U.S."). */
    static boolean within(String name) {
        String[] words = WORD.split(name.strip());
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            String bare = word.replace(".", "");
            if (bare.length() >= 2 && bare.length() <= 4 && bare.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }
}
