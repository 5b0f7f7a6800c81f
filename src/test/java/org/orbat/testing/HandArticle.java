package org.orbat.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;
import org.orbat.model.DateValue;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * The tests' one stand-in for CoreNLP's tokenizer and taggers, for tests of the stages after NLP that must not
 * wait for CoreNLP's models: builds {@link AnnotatedArticle}s by hand, one sentence per string. Tokens split on
 * white space and punctuation the way CoreNLP splits news text ("'s" and "n't" split off, "U.S." and "1,200"
 * kept whole, hyphenated words kept whole unless {@link #splittingHyphens} asks for CoreNLP's "Deir - ez - Zor"),
 * with rough tags: {@code CD}/{@code NUMBER} for numbers and number words, {@code NNP} for capitalised words,
 * {@code VBD} for "-ed" words and a few irregular verbs, {@code POS} for "'s", the punctuation itself for
 * punctuation, else {@code NN}; the lemma is the lower-case word. A bracketed part {@code [Kafar Nouran|PERSON]},
 * or a phrase given to {@link #tag}, gives its tokens that NER tag.
 */
public final class HandArticle {
    private static final Pattern MARKED = Pattern.compile("\\[([^|\\]]+)\\|([A-Z_]+)]");
    private static final Pattern TOKEN = Pattern.compile(
        "(?:\\p{Lu}\\.){2,}|\\d+(?:[,.]\\d+)+|[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|\\S");
    private static final Pattern HYPHEN_SPLIT_TOKEN = Pattern.compile(
        "(?:\\p{Lu}\\.){2,}|\\d+(?:[,.]\\d+)+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*|\\S");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "dozen");
    /** Irregular past forms the tests write, tagged as CoreNLP would. */
    private static final Set<String> VERBS = Set.of("said", "says", "would", "will", "did", "is", "was", "has", "had",
        "fought", "withdrew", "took", "struck", "shot", "held", "made", "left", "led", "hit", "met", "began");

    private final List<String> sentences = new ArrayList<>();
    private final Map<String, String> tags = new HashMap<>();
    private DateValue published;
    private String outlet;
    private Language language;
    private boolean splitHyphens;
    private boolean properNouns;

    private HandArticle(List<String> sentences) {
        this.sentences.addAll(sentences);
    }

    /** An article of these sentences, one sentence each. */
    public static HandArticle of(String... sentences) {
        return new HandArticle(List.of(sentences));
    }

    /** The annotated article of these sentences, with no metadata. */
    public static AnnotatedArticle article(String... sentences) {
        return of(sentences).build();
    }

    /** One sentence, the first of its article. */
    public static AnnotatedSentence sentence(String text) {
        return sentence(text, 0, 0);
    }

    /** A sentence whose text starts at {@code offset} of its article. */
    public static AnnotatedSentence sentence(String text, int index, int offset) {
        return annotate(text, index, offset, Map.of(), false);
    }

    /** Naive sentence split for probes: after . ! ? followed by space and a capital, digit or quote. */
    public static List<String> split(String text) {
        return List.of(text.split("(?<=[.!?])\\s+(?=[A-Z0-9\"\u201c])"));
    }

    /** Tags every token of each occurrence of the phrase with a CoreNLP NER tag. */
    public HandArticle tag(String phrase, String ner) {
        tags.put(phrase, ner);
        return this;
    }

    /** Sets the publication date ({@code 2022-05-04}). */
    public HandArticle published(String isoDate) {
        this.published = DateValue.parse(isoDate).orElseThrow();
        return this;
    }

    /** Sets the outlet, as an article's metadata names it. */
    public HandArticle outlet(String name) {
        this.outlet = name;
        return this;
    }

    /** Sets the language the article was read in. */
    public HandArticle language(Language read) {
        this.language = read;
        return this;
    }

    /** Hyphens inside words become tokens of their own, as CoreNLP splits place names ("Deir-ez-Zor"). */
    public HandArticle splittingHyphens() {
        this.splitHyphens = true;
        return this;
    }

    /**
     * Every word token tagged {@code NNP}, numbers included, as CoreNLP tags a run of capitalised words: for tests of
     * the gazetteer's name matching that must not depend on which words a real tagger calls proper nouns.
     */
    public HandArticle taggedAsProperNouns() {
        this.properNouns = true;
        return this;
    }

    public AnnotatedArticle build() {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> out = new ArrayList<>();
        for (String marked : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            // [phrase|TAG] markup: the sentence's text is the phrase, its tokens get the tag
            StringBuilder plain = new StringBuilder();
            Map<String, String> ner = new HashMap<>(tags);
            Matcher m = MARKED.matcher(marked);
            int last = 0;
            while (m.find()) {
                plain.append(marked, last, m.start()).append(m.group(1));
                ner.put(m.group(1), m.group(2));
                last = m.end();
            }
            plain.append(marked.substring(last));
            AnnotatedSentence sentence = annotate(plain.toString(), out.size(), text.length(), ner, splitHyphens);
            out.add(properNouns ? asProperNouns(sentence) : sentence);
            text.append(plain);
        }
        Article article = new Article("test.txt", null, null, outlet, null, published, null, language, text.toString());
        return new AnnotatedArticle(article, out);
    }

    private static AnnotatedSentence asProperNouns(AnnotatedSentence s) {
        List<Token> tokens = s.tokens().stream().map(t -> Character.isLetterOrDigit(t.word().codePointAt(0))
            ? new Token(t.word(), t.begin(), t.end(), "NNP", t.lemma(), "NUMBER".equals(t.ner()) ? "O" : t.ner()) : t).toList();
        return new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times());
    }

    private static AnnotatedSentence annotate(String text, int index, int offset, Map<String, String> phrases,
                                              boolean splitHyphens) {
        Map<Integer, String> nerAt = new HashMap<>();
        phrases.forEach((phrase, ner) -> {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                for (int c = at; c < at + phrase.length(); c++) {
                    nerAt.put(c, ner);
                }
            }
        });
        List<Token> tokens = new ArrayList<>();
        Matcher m = (splitHyphens ? HYPHEN_SPLIT_TOKEN : TOKEN).matcher(text);
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            int cut = lower.endsWith("n't") && lower.length() > 3 ? word.length() - 3
                : lower.endsWith("'s") && lower.length() > 2 ? word.length() - 2 : -1;
            if (cut > 0) {
                tokens.add(token(word.substring(0, cut), offset, m.start(), nerAt));
                tokens.add(token(word.substring(cut), offset, m.start() + cut, nerAt));
            } else {
                tokens.add(token(word, offset, m.start(), nerAt));
            }
        }
        return new AnnotatedSentence(index, offset, offset + text.length(), text, tokens, List.of());
    }

    private static Token token(String word, int offset, int begin, Map<Integer, String> nerAt) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean number = lower.matches("\\d+(?:[,.]\\d+)*") || NUMBER_WORDS.contains(lower)
            || lower.matches("\\p{L}+-\\p{L}+") && NUMBER_WORDS.contains(lower.substring(0, lower.indexOf('-')));
        String pos;
        if (number) {
            pos = "CD";
        } else if (!Character.isLetterOrDigit(word.codePointAt(0))) {
            pos = word.equals("'s") || word.equals("\u2019s") ? "POS" : word;
        } else if (Character.isUpperCase(word.codePointAt(0))) {
            pos = "NNP";
        } else if (lower.equals("n't")) {
            pos = "RB";
        } else if (lower.endsWith("ed") || VERBS.contains(lower)) {
            pos = "VBD";
        } else {
            pos = "NN";
        }
        String ner = nerAt.getOrDefault(begin, number ? "NUMBER" : "O");
        return new Token(word, offset + begin, offset + begin + word.length(), pos, lower, ner);
    }
}
