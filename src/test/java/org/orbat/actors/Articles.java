package org.orbat.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.model.Article;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Builds {@link AnnotatedArticle}s by hand, without CoreNLP: one sentence per string, tokens split on
 * white space and punctuation the way CoreNLP does (possessive {@code 's} split off, hyphenated words
 * kept whole), NER tags set for the phrases a test names.
 */
final class Articles {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'\u2019.][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");

    /** Verbs the tests write right after a short form, tagged as CoreNLP would. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("said", "says", "would", "will", "did",
            "is", "was", "has", "had", "released", "fought", "denied", "stayed", "withdrew", "announced", "claimed");

    private final List<String> sentences = new ArrayList<>();
    private final Map<String, String> tags = new HashMap<>();
    private org.orbat.model.DateValue published;

    static Articles of(String... sentences) {
        Articles a = new Articles();
        a.sentences.addAll(List.of(sentences));
        return a;
    }

    /** Tags every token of each occurrence of the phrase with a CoreNLP NER tag. */
    Articles tag(String phrase, String ner) {
        tags.put(phrase, ner);
        return this;
    }

    /** Sets the publication date ({@code 2022-05-04}), for actors that take over others from a date on. */
    Articles published(String isoDate) {
        this.published = org.orbat.model.DateValue.parse(isoDate).orElseThrow();
        return this;
    }

    AnnotatedArticle build() {
        String text = String.join(" ", sentences);
        List<AnnotatedSentence> out = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            Map<Integer, String> nerAt = new HashMap<>();
            tags.forEach((phrase, ner) -> {
                int at = sentence.indexOf(phrase);
                while (at >= 0) {
                    for (int c = at; c < at + phrase.length(); c++) {
                        nerAt.put(c, ner);
                    }
                    at = sentence.indexOf(phrase, at + 1);
                }
            });
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                String word = m.group();
                int begin = m.start();
                if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
                    tokens.add(token(word.substring(0, word.length() - 2), offset + begin, nerAt.get(begin)));
                    tokens.add(token(word.substring(word.length() - 2), offset + m.end() - 2, null));
                } else if (word.length() > 1 && word.endsWith(".") && !word.matches("([A-Z]\\.)+")) {
                    tokens.add(token(word.substring(0, word.length() - 1), offset + begin, nerAt.get(begin)));
                    tokens.add(token(".", offset + m.end() - 1, null));
                } else {
                    tokens.add(token(word, offset + begin, nerAt.get(begin)));
                }
            }
            out.add(new AnnotatedSentence(s, offset, offset + sentence.length(), sentence, tokens, List.of()));
            offset += sentence.length() + 1;
        }
        Article article = new Article("test.txt", null, null, null, null, published, null, null, text);
        return new AnnotatedArticle(article, out);
    }

    private static Token token(String word, int begin, String ner) {
        boolean letter = word.codePoints().anyMatch(Character::isLetter);
        String pos = !letter ? word : Character.isUpperCase(word.codePointAt(0)) ? "NNP"
                : VERBS.contains(word) ? "VBD" : word.equals("'s") || word.equals("\u2019s") ? "POS" : "NN";
        return new Token(word, begin, begin + word.length(), pos, word.toLowerCase(), ner == null ? "O" : ner);
    }
}
