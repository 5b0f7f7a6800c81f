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
 */
public record AnnotatedSentence(int index, int begin, int end, String text, List<Token> tokens,
                                List<TimeExpression> times) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
    }

    /** The text between two token indexes (end exclusive), as written in the sentence. */
    public String span(int tokenBegin, int tokenEnd) {
        return text.substring(tokens.get(tokenBegin).begin() - begin, tokens.get(tokenEnd - 1).end() - begin);
    }
}
