package org.orbat.nlp;

import org.orbat.model.DateValue;

/**
 * A date expression SUTime found and resolved against the article's publication date.
 *
 * @param text the expression as written ("last November")
 * @param tokenBegin first token index in the sentence (inclusive)
 * @param tokenEnd last token index in the sentence (exclusive)
 * @param value the resolved date with its precision
 */
public record TimeExpression(String text, int tokenBegin, int tokenEnd, DateValue value) {
}
