package org.orbat.lexicon;

import java.util.Locale;

/**
 * The case forms in which a lexicon's lower-case words are written in text, for the rules that match a word list
 * against tokens: its one home, where the date reader and the place finder each kept their own copy.
 */
public final class WordCase {
    private WordCase() {
    }

    /** "Al", "Monday": the first character upper case, the rest lower, as a word is written starting a sentence or a name. */
    public static String titleCase(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
