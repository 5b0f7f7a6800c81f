package org.orbat.nlp;

/**
 * One Universal Dependencies arc of a sentence's parse.
 *
 * @param governor index of the head token in the sentence (0-based), or -1 for the root
 * @param dependent index of the dependent token (0-based)
 * @param relation the UD relation ({@code nsubj}, {@code obj}, {@code obl}, {@code obl:agent}, {@code conj}, ...)
 */
public record Dependency(int governor, int dependent, String relation) {
}
