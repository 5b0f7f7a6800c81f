package org.orbat.nlp;

import java.util.List;

/**
 * One sentence with its tokens and resolved time expressions.
 *
 * @param index position in the article (0-based)
 * @param begin character offset of the sentence in the article text
 * @param end character offset just past the sentence
 * @param text the sentence exactly as it stands in the article text
 * @param tokens tokens in order
 * @param times date expressions, resolved against the publication date
 * @param dependencies the sentence's dependency parse; empty when the sentence was not parsed
 *                     (only sentences extraction may read relations from are)
 */
public record AnnotatedSentence(int index, int begin, int end, String text, List<Token> tokens,
                                List<TimeExpression> times, List<Dependency> dependencies) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        dependencies = List.copyOf(dependencies);
    }

    /** A sentence without a parse. */
    public AnnotatedSentence(int index, int begin, int end, String text, List<Token> tokens, List<TimeExpression> times) {
        this(index, begin, end, text, tokens, times, List.of());
    }

    public AnnotatedSentence withDependencies(List<Dependency> parse) {
        return new AnnotatedSentence(index, begin, end, text, tokens, times, parse);
    }

    /** The text between two token indexes (end exclusive), as written in the sentence. */
    public String span(int tokenBegin, int tokenEnd) {
        return text.substring(tokens.get(tokenBegin).begin() - begin, tokens.get(tokenEnd - 1).end() - begin);
    }
}
