package org.orbat.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.model.Article;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Hand-built annotated articles for tests, without CoreNLP. Each string is one sentence, tokenized on
 * white space and punctuation (a trailing "'s" split off, as CoreNLP does). A bracketed part
 * {@code [Kafar Nouran|PERSON]} gives its tokens that NER tag; every other token is tagged {@code O}.
 */
final class TestArticles {
    private static final Pattern TAGGED = Pattern.compile("\\[([^|\\]]+)\\|([A-Z_]+)]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]|['’](?![sS]\\b))*|['’][sS]\\b|[^\\s\\p{L}\\p{N}]");

    private TestArticles() {
    }

    /** Hyphens as tokens of their own, as CoreNLP writes "Deir-ez-Zor": Deir, -, ez, -, Zor. */
    private static final Pattern HYPHEN_SPLIT_TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’](?![sS]\\b))*|['’][sS]\\b|[^\\s\\p{L}\\p{N}]");
    private static boolean splitHyphens;

    /** Like {@link #article}, but hyphens inside words are tokens of their own, as CoreNLP splits them. */
    static synchronized AnnotatedArticle articleSplittingHyphens(String... sentences) {
        splitHyphens = true;
        try {
            return article(sentences);
        } finally {
            splitHyphens = false;
        }
    }

    static AnnotatedArticle article(String... sentences) {
        return articleFrom(null, sentences);
    }

    /** Like {@link #article}, with the article's outlet as its metadata names it. */
    static synchronized AnnotatedArticle articleFrom(String outlet, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (String marked : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            Matcher tag = TAGGED.matcher(marked);
            int last = 0;
            while (tag.find()) {
                addTokens(text, tokens, marked.substring(last, tag.start()), "O");
                addTokens(text, tokens, tag.group(1), tag.group(2));
                last = tag.end();
            }
            addTokens(text, tokens, marked.substring(last), "O");
            annotated.add(new AnnotatedSentence(annotated.size(), begin, text.length(), text.substring(begin), tokens, List.of()));
        }
        Article article = new Article("test.txt", null, null, outlet, null, null, null, null, text.toString());
        return new AnnotatedArticle(article, annotated);
    }

    private static void addTokens(StringBuilder text, List<Token> tokens, String part, String ner) {
        int offset = text.length();
        text.append(part);
        Matcher m = (splitHyphens ? HYPHEN_SPLIT_TOKEN : TOKEN).matcher(part);
        while (m.find()) {
            tokens.add(new Token(m.group(), offset + m.start(), offset + m.end(), "NNP", m.group(), ner));
        }
    }
}
