package org.orbat.extract.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Names the source a sentence attributes its report to: "according to SOHR", "the Syrian Observatory for Human
 * Rights (SOHR) has reported", "said the Syrian Observatory for Human Rights", "the military said", "state news
 * agency SANA reported", "activists said", "X, the deputy head of the Y Center, told reporters".
 *
 * <p>The name comes back as written, with a leading determiner dropped before a proper name ("the Syrian
 * government" → "Syrian government") and kept before a common noun ("the military", "a monitor": which military
 * is meant depends on the article, so no country is guessed). A descriptor before a proper name is dropped ("state
 * news agency SANA" → "SANA"). Abbreviations are expanded when the sentence writes the full name next to them or
 * the article defined them earlier ({@link Abbreviations}).
 *
 * <p>Cues are tried in order: "according to", an inverted "said X" ending its clause, then the subject of a
 * reporting verb (passive "denied by X" reads the agent). Stateless; threads may share one instance.
 */
public final class SourceAttributor {
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "?", "on", "in", "citing",
            "adding", "which", "who", "late", "earlier", "today", "yesterday", "\"", "”", "''");

    /** The source named by the sentence, knowing only the abbreviations the sentence itself defines. */
    public Optional<String> reportedBy(AnnotatedSentence sentence) {
        return reportedBy(sentence, Abbreviations.none());
    }

    /** The source named by the sentence, expanding abbreviations the article defined earlier. */
    public Optional<String> reportedBy(AnnotatedSentence sentence, Abbreviations known) {
        Abbreviations abbreviations = Abbreviations.definedIn(sentence).and(known);
        return find(sentence).map(span -> SourcePhrase.name(sentence, span, abbreviations));
    }

    private static Optional<SourcePhrase.Span> find(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (Words.lower(tokens, i).equals("according") && Words.lower(tokens, i + 1).equals("to")) {
                Optional<SourcePhrase.Span> span = SourcePhrase.after(sentence, i + 2);
                if (span.isPresent()) {
                    return span;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (Lexicon.REPORTING_VERBS.contains(Words.lower(tokens, i))) {
                Optional<SourcePhrase.Span> span = inverted(sentence, i);
                if (span.isPresent()) {
                    return span;
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (Lexicon.REPORTING_VERBS.contains(Words.lower(tokens, i))) {
                Optional<SourcePhrase.Span> span = Words.lower(tokens, i + 1).equals("by")
                        ? SourcePhrase.after(sentence, i + 2)
                        : SourcePhrase.before(sentence, i);
                if (span.isPresent()) {
                    return span;
                }
            }
        }
        return Optional.empty();
    }

    /** "..., said the Syrian Observatory for Human Rights." — the phrase must close its clause. */
    private static Optional<SourcePhrase.Span> inverted(AnnotatedSentence sentence, int verb) {
        List<Token> tokens = sentence.tokens();
        if (verb == 0 || !(tokens.get(verb - 1).word().equals(",") || Words.isQuote(tokens.get(verb - 1)))) {
            return Optional.empty();
        }
        Optional<SourcePhrase.Span> span = SourcePhrase.after(sentence, verb + 1);
        if (span.isEmpty()) {
            return span;
        }
        int next = span.get().end() + (span.get().abbreviation().isPresent() ? 3 : 0);
        boolean closes = next >= tokens.size() || CLAUSE_ENDS.contains(Words.lower(tokens, next));
        return closes ? span : Optional.empty();
    }
}
