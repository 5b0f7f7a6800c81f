package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Builds an {@link AnnotatedSentence} without CoreNLP: splits on white space and punctuation the way CoreNLP's
 * tokenizer does for news text (hyphenated words stay whole, "n't" and "'s" split off), with rough POS and NER
 * tags ("CD"/NUMBER for numbers, "NNP" for capitalised words, "VBD" for -ed words, else "NN").
 */
final class TestSentences {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[,.]\\d+)*(?:-[A-Za-z]+)*|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\\S");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "dozen");

    private TestSentences() {
    }

    static AnnotatedSentence sentence(String text) {
        return sentence(text, 0, 0);
    }

    /** A sentence whose text starts at {@code offset} of its article. */
    static AnnotatedSentence sentence(String text, int index, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            addSplit(tokens, matcher.group(), offset + matcher.start());
        }
        return new AnnotatedSentence(index, offset, offset + text.length(), text, tokens, List.of());
    }

    private static void addSplit(List<Token> tokens, String word, int begin) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int cut = -1;
        if (lower.endsWith("n't") && lower.length() > 3) {
            cut = word.length() - 3;
        } else if (lower.endsWith("'s") && lower.length() > 2) {
            cut = word.length() - 2;
        }
        if (cut > 0) {
            tokens.add(token(word.substring(0, cut), begin));
            tokens.add(token(word.substring(cut), begin + cut));
        } else {
            tokens.add(token(word, begin));
        }
    }

    private static Token token(String word, int begin) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean number = lower.matches("\\d+(?:[,.]\\d+)*") || NUMBER_WORDS.contains(lower)
                || lower.matches("[a-z]+-[a-z]+") && NUMBER_WORDS.contains(lower.substring(0, lower.indexOf('-')));
        String pos;
        if (number) {
            pos = "CD";
        } else if (Character.isUpperCase(word.codePointAt(0))) {
            pos = "NNP";
        } else if (lower.endsWith("ed")) {
            pos = "VBD";
        } else if (!Character.isLetterOrDigit(word.codePointAt(0))) {
            pos = word;
        } else {
            pos = "NN";
        }
        return new Token(word, begin, begin + word.length(), pos, lower, number ? "NUMBER" : "O");
    }

    /** Naive sentence split for probes: after . ! ? followed by space and a capital, digit or quote. */
    static List<String> split(String text) {
        return List.of(text.split("(?<=[.!?])\\s+(?=[A-Z0-9\"“])"));
    }
}
