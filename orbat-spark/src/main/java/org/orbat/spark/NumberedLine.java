package org.orbat.spark;

import java.io.Serializable;

/**
 * One line of the corpus with its number in the input (from 1), or the reason it will not be
 * processed (a second, different text under an id already used).
 *
 * @param text the line
 * @param number its line number
 * @param rejection why it is rejected, or {@code null} when it is to be processed
 */
record NumberedLine(String text, long number, String rejection) implements Serializable {
    NumberedLine {
        if (number < 1) {
            throw new IllegalArgumentException("Line numbers start at 1, got " + number);
        }
    }
}
