package org.orbat.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.DateValue;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.TimeExpression;
import org.orbat.nlp.Token;

/**
 * Dates a fact stated by a sentence: a full date that opens the sentence ("On 23 October 2024, ...",
 * "Around 5 March 2022 (as reported), ...", also after a heading label "Looting: On ..."), else the sentence's own date expression nearest the
 * trigger, else the publication date. A month or year after "since" (when a state of things began) and a date in a
 * relative clause after the trigger ("the hall, which opened in 2004") date no act. A sentence whose expressions span two days ("Friday into
 * Saturday") gives a range. An opening date frames everything the sentence reports, as in the
 * ACLED codebook's notes ("On <date>, <actor> <did X> in <place>"), so a later "three days ago"
 * in a clause about something else does not move the event. Stateless and thread-safe.
 */
public final class FactDates {
    private static final int OPENING_REACH = 2;
    private static final int LABEL_REACH = 2;
    /** This class's words, kept as data: {@code lang/en/grammar/fact-dates.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/fact-dates.tsv");
    private static final Set<String> OPENERS = GRAMMAR.words("openers");
    private static final Set<String> RELATIVES = GRAMMAR.words("relatives");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    /** A date and, when the sentence gives a range, its end (else {@code null}). */
    public record Span(DateValue start, DateValue end, boolean fromText) {
    }

    public Span at(AnnotatedSentence sentence, int trigger, DateValue published) {
        List<TimeExpression> times = sentence.times();
        if (times.isEmpty()) {
            return new Span(published, null, false);
        }
        Optional<TimeExpression> opening = opening(sentence);
        if (opening.isPresent()) {
            return new Span(opening.get().value(), null, true);
        }
        times = times.stream().filter(t -> !periodStart(sentence, t) && !inRelativeClause(sentence, t, trigger)).toList();
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

    /**
     * "in power since 1963", "displaced since March 2012": a month or year after "since" is when a state of things
     * began, not when the act the sentence reports happened (a day after "since" still dates a recent toll:
     * "since Saturday").
     */
    private static boolean periodStart(AnnotatedSentence sentence, TimeExpression t) {
        int before = t.tokenBegin() - 1;
        return before >= 0 && sentence.tokens().get(before).word().equalsIgnoreCase("since")
            && t.value().precision() != DateValue.Precision.DAY;
    }

    /**
     * "The blast damaged the hall, which was opened in 2004": a date in a relative clause that begins after the
     * trigger dates what that clause says of its noun, not the act. The clause runs from its "which", "who",
     * "whom" or relative "that" to the next comma, semicolon or closing bracket ("the town, which lies on the river, on Monday").
     */
    private static boolean inRelativeClause(AnnotatedSentence sentence, TimeExpression t, int trigger) {
        List<Token> tokens = sentence.tokens();
        for (int i = t.tokenBegin() - 1; i > trigger && i >= 0; i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (word.equals(")") || word.equals(";") || word.equals(",")) {
                return false;
            }
            // "that" opens a relative clause only as a relative pronoun ("the base that the army had seized two weeks
            // earlier"), not as the complementiser of "said that"
            if (RELATIVES.contains(word) || word.equals("that") && tokens.get(i).pos().equals("WDT")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day-precise date with a written year that opens the sentence, before its first comma or bracket, with only
     * "On", "Around" and the like before it; not "As reported on ...", which dates the report.
     */
    private static Optional<TimeExpression> opening(AnnotatedSentence sentence) {
        TimeExpression first = sentence.times().get(0);
        if (first.tokenBegin() > OPENING_REACH + LABEL_REACH || first.value().precision() != DateValue.Precision.DAY
            || !WRITTEN_YEAR.matcher(first.text()).find()) {
            return Optional.empty();
        }
        List<Token> tokens = sentence.tokens();
        int start = labelEnd(tokens, first.tokenBegin());
        for (int i = start; i < first.tokenBegin(); i++) {
            if (!OPENERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        String after = first.tokenEnd() < tokens.size() ? tokens.get(first.tokenEnd()).word() : "";
        return after.equals(",") || after.equals("(") ? Optional.of(first) : Optional.empty();
    }

    /** After a heading label such as "Looting:" or "Update:", the index of the first token past its colon; else 0. */
    private static int labelEnd(List<Token> tokens, int before) {
        for (int i = 1; i <= LABEL_REACH && i < before; i++) {
            if (tokens.get(i).word().equals(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int distance(TimeExpression t, int token) {
        if (token >= t.tokenBegin() && token < t.tokenEnd()) {
            return 0;
        }
        return token < t.tokenBegin() ? t.tokenBegin() - token : token - t.tokenEnd() + 1;
    }
}
