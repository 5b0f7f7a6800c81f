package org.orbat.extract.time;

import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.TimeExpression;

/**
 * Dates a fact stated by a sentence: the sentence's own date expression nearest the trigger, else
 * the publication date. A sentence whose expressions span two days ("Friday into Saturday") gives
 * a range. Stateless and thread-safe.
 */
public final class FactDates {

    /** A date and, when the sentence gives a range, its end (else {@code null}). */
    public record Span(DateValue start, DateValue end, boolean fromText) {
    }

    public Span at(AnnotatedSentence sentence, int trigger, DateValue published) {
        List<TimeExpression> times = sentence.times();
        if (times.isEmpty()) {
            return new Span(published, null, false);
        }
        TimeExpression nearest = times.get(0);
        for (TimeExpression t : times) {
            if (distance(t, trigger) < distance(nearest, trigger)) {
                nearest = t;
            }
        }
        DateValue start = nearest.value();
        DateValue end = null;
        for (TimeExpression t : times) {
            if (t != nearest && t.value().precision() == start.precision() && Math.abs(distance(t, trigger) - distance(nearest, trigger)) <= 4
                    && t.value().overlaps(start, 3) && !t.value().equals(start)) {
                if (t.value().compareTo(start) < 0) {
                    end = start;
                    start = t.value();
                } else {
                    end = t.value();
                }
            }
        }
        return new Span(start, end, true);
    }

    private static int distance(TimeExpression t, int token) {
        if (token >= t.tokenBegin() && token < t.tokenEnd()) {
            return 0;
        }
        return token < t.tokenBegin() ? t.tokenBegin() - token : token - t.tokenEnd() + 1;
    }
}
