package org.orbat.extract.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.ArabicArticle;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordCase;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads the name of a reporting source next to an attribution cue: the subject to the left of a reporting verb
 * ("the Syrian Observatory for Human Rights (SOHR) has reported"), or the phrase to the right of "according to"
 * and of an inverted "said". A source phrase is a run of capitalised words (with "of", "for", "al" inside) and of
 * the lower-case source words of {@code source-words.txt}, with an optional leading determiner. Stateless.
 */
final class SourcePhrase {
    private static final int LONGEST = 9;
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "claim-grammar.tsv");
    private static final Set<String> DETERMINERS = GRAMMAR.words("article");
    private static final Set<String> AUXILIARIES = GRAMMAR.words("auxiliary");
    private static final Set<String> INNER_LINKS = GRAMMAR.words("inner-link");
    /** The articles proper ("the", "a", "an"), as they open a sentence: a name after one is not the name's start. */
    private static final Set<String> OPENING_ARTICLES = WordTable.of(Language.ENGLISH, "claim-grammar.tsv")
            .words("article").stream().filter(w -> !w.equals("its") && !w.equals("their")).map(WordCase::titleCase)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SourcePhrase() {
    }

    /** The subject of the verb at {@code verb}: a token span, or empty when none is a source. */
    static Optional<Span> before(AnnotatedSentence sentence, int verb) {
        List<Token> tokens = sentence.tokens();
        int end = verb;
        while (end - 1 >= 0 && AUXILIARIES.contains(Words.lower(tokens, end - 1))) {
            end--;
        }
        Optional<String> abbreviation = Optional.empty();
        if (end - 3 >= 0 && tokens.get(end - 1).word().equals(")") && tokens.get(end - 3).word().equals("(")) {
            abbreviation = Optional.of(tokens.get(end - 2).word());
            end -= 3;
        }
        if (end - 1 >= 0 && tokens.get(end - 1).word().equals(",")) {
            return appositive(sentence, end - 1);
        }
        int begin = end;
        while (begin - 1 >= 0 && end - begin < LONGEST && isPart(tokens, begin - 1)) {
            begin--;
        }
        begin = trimLinks(tokens, begin, end);
        if (begin >= end || !isHead(tokens.get(end - 1))) {
            return Optional.empty();
        }
        if (begin - 1 >= 0 && DETERMINERS.contains(Words.lower(tokens, begin - 1))) {
            begin--;
        }
        return Optional.of(new Span(begin, end, abbreviation));
    }

    /** The phrase starting at {@code start}: after "according to", after an inverted "said", after "by". */
    static Optional<Span> after(AnnotatedSentence sentence, int start) {
        List<Token> tokens = sentence.tokens();
        int begin = start;
        if (begin < tokens.size() && DETERMINERS.contains(Words.lower(tokens, begin))) {
            begin++;
        }
        int end = begin;
        while (end < tokens.size() && end - begin < LONGEST && isPart(tokens, end)) {
            end++;
        }
        while (end > begin && INNER_LINKS.contains(Words.lower(tokens, end - 1))) {
            end--;
        }
        if (end <= begin || !isHead(tokens.get(end - 1))) {
            return Optional.empty();
        }
        Optional<String> abbreviation = Optional.empty();
        if (end + 2 < tokens.size() && tokens.get(end).word().equals("(") && tokens.get(end + 2).word().equals(")")) {
            abbreviation = Optional.of(tokens.get(end + 1).word());
        }
        return Optional.of(new Span(start, end, abbreviation));
    }

    /** "X, the deputy head of the Y Center, told reporters": the organisation named in the appositive, else X. */
    private static Optional<Span> appositive(AnnotatedSentence sentence, int comma) {
        List<Token> tokens = sentence.tokens();
        int open = comma - 1;
        while (open >= 0 && !tokens.get(open).word().equals(",") && comma - open < 15) {
            open--;
        }
        if (open < 0 || !tokens.get(open).word().equals(",")) {
            return Optional.empty();
        }
        for (int i = open + 1; i < comma; i++) {
            if (Words.lower(tokens, i).equals("of") || Words.lower(tokens, i).equals("for")) {
                Optional<Span> organisation = after(sentence, i + 1);
                if (organisation.isPresent() && organisation.get().end() == comma
                        && Words.isCapitalised(tokens.get(organisation.get().end() - 1))) {
                    return organisation;
                }
            }
        }
        return before(sentence, open);
    }

    private static boolean isPart(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = Words.lower(token);
        if (Words.isPunctuation(token) && !word.equals("&")) {
            return false;
        }
        if (Lexicon.NON_SOURCES.contains(word) || Lexicon.REPORTING_VERBS.contains(word)
                || DETERMINERS.contains(word) && !Words.isCapitalised(token)) {
            return false;
        }
        return Words.isCapitalised(token) && !DETERMINERS.contains(word) || Lexicon.SOURCE_WORDS.contains(word)
                || INNER_LINKS.contains(word) || word.endsWith("-based") || ArabicArticle.opens(word);
    }

    private static boolean isHead(Token token) {
        String word = Words.lower(token);
        return !Lexicon.NON_SOURCES.contains(word) && !Lexicon.MONTHS.contains(word) && !Lexicon.WEEKDAYS.contains(word)
                && (Words.isCapitalised(token) || Lexicon.SOURCE_WORDS.contains(word));
    }


    private static int trimLinks(List<Token> tokens, int begin, int end) {
        int b = begin;
        while (b < end && INNER_LINKS.contains(Words.lower(tokens, b))) {
            b++;
        }
        return b;
    }

    /** The source's name as written: see {@link SourceAttributor} for the trimming rules. */
    static String name(AnnotatedSentence sentence, SourcePhrase.Span span, Abbreviations abbreviations) {
        List<Token> tokens = sentence.tokens();
        int begin = span.begin();
        int end = span.end();
        int lastLower = -1;
        for (int i = begin; i < end; i++) {
            if (!Words.isCapitalised(tokens.get(i)) && !isInnerLink(tokens, i)
                    || Words.lower(tokens, i).endsWith("-based")) {
                lastLower = i;
            }
        }
        if (lastLower >= begin && lastLower + 1 < end) {
            begin = lastLower + 1;
        } else if (DETERMINERS.contains(Words.lower(tokens, begin))) {
            if (begin + 1 < end && Words.isCapitalised(tokens.get(begin + 1))) {
                begin++;
            }
        }
        String name = sentence.span(begin, end);
        if (begin < end && OPENING_ARTICLES.contains(tokens.get(begin).word())
                && !Words.isCapitalised(tokens.get(begin + 1 < end ? begin + 1 : begin))) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return abbreviations.expand(name);
    }

    private static boolean isInnerLink(List<Token> tokens, int i) {
        String word = Words.lower(tokens, i);
        return word.equals("of") || word.equals("for") || word.equals("and") || ArabicArticle.is(word)
                || word.equals("'s") || ArabicArticle.opens(word);
    }

    /**
     * A source phrase.
     *
     * @param begin first token (inclusive), possibly a determiner
     * @param end last token (exclusive)
     * @param abbreviation the abbreviation written in brackets next to it, if any
     */
    record Span(int begin, int end, Optional<String> abbreviation) {
    }
}
