package org.orbat.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.ArabicArticle;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * One token as the actor stage reads it: the word with a trailing relation affix cut off
 * ({@code US-backed} reads as {@code US}, {@code Qaeda-linked} as {@code Qaeda}), its normalised
 * keys, and the shape facts the rules test.
 *
 * @param token the NLP token
 * @param word the word with any affix cut off
 * @param lower {@code word} in lower case
 * @param keys normalised keys of {@code word} (empty for articles and punctuation)
 * @param fullKeys normalised keys of the whole token, affix included
 * @param capitalised starts with an upper-case letter, or is written in Arabic script
 * @param punctuation has no letter or digit
 */
record TokenView(Token token, String word, String lower, List<String> keys, List<String> fullKeys,
                 boolean capitalised, boolean punctuation) {

    /** What may follow a name and a hyphen without being part of it: a sponsor participle, or these. */
    private static final Set<String> AFFIXES = Stream.concat(
            WordTable.of(Language.ENGLISH, "sponsor-participles.tsv").all().stream(),
            Stream.of("led", "held", "controlled", "run", "friendly", "style", "based", "inspired", "loyal", "leaning",
                "influenced", "associated")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "NATIONALITY", "GPE");

    static List<TokenView> of(AnnotatedSentence sentence, NameNormaliser normaliser) {
        List<TokenView> views = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            String raw = switch (t.word()) {
                case "-LRB-" -> "(";
                case "-RRB-" -> ")";
                case "-LSB-" -> "[";
                case "-RSB-" -> "]";
                default -> t.word();
            };
            String word = cutAffix(raw);
            boolean punctuation = raw.codePoints().noneMatch(Character::isLetterOrDigit);
            boolean possessive = raw.equals("'s") || raw.equals("\u2019s");
            List<String> keys = punctuation || possessive ? List.of() : normaliser.tokenKeys(word, false);
            List<String> fullKeys = word.equals(raw) ? keys : normaliser.tokenKeys(raw, false);
            boolean capitalised = !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0))
                    || NameNormaliser.isArabicScript(word.charAt(0))
                    || (ArabicArticle.opens(word.toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(word.charAt(word.indexOf('-') + 1))));
            views.add(new TokenView(t, word, word.toLowerCase(Locale.ROOT), keys, fullKeys, capitalised, punctuation));
        }
        return views;
    }

    private static String cutAffix(String word) {
        int dash = word.lastIndexOf('-');
        if (dash > 0 && dash < word.length() - 1 && AFFIXES.contains(word.substring(dash + 1).toLowerCase(Locale.ROOT))) {
            return word.substring(0, dash);
        }
        return word;
    }

    boolean affixCut() {
        return word.length() != token.word().length();
    }

    boolean isPlace() {
        return PLACE_TAGS.contains(token.ner());
    }

    boolean isPerson() {
        return "PERSON".equals(token.ner());
    }

    boolean isPossessive() {
        return word.equals("'s") || word.equals("\u2019s");
    }

    boolean hasDigit() {
        return word.chars().anyMatch(Character::isDigit);
    }

    boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    boolean isOpeningBracket() {
        return word.equals("(") || word.equals("[");
    }

    boolean isClosingBracket() {
        return word.equals(")") || word.equals("]");
    }

    boolean isQuote() {
        return punctuation && (word.contains("\"") || word.contains("\u201C") || word.contains("\u201D")
                || word.equals("``") || word.equals("''") || word.equals("'") || word.equals("\u2018")
                || word.equals("\u2019"));
    }
}
