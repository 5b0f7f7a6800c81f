package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;

/**
 * The English {@link NlpPipeline} ({@link EnglishPack}'s), backed by Stanford CoreNLP's English models: tokenize, ssplit, pos ({@link PosTagger}), lemma and ner (one CRF, no
 * numeric classifiers), then SUTime on the sentences {@link TimeWords} says may hold a date; CoreNLP's
 * fine-grained place labels are added by the much faster {@link PlaceTypeTagger}. SUTime resolves
 * relative dates ("last November", "on Saturday") against the article's publication date; an article
 * without one is anchored to the injected clock's today, and its relative dates are dropped by
 * {@link SuTimeValues} rather than guessed.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so build one instance per worker
 * thread and reuse it; an instance is not safe to share between threads while annotating.
 */
public final class CoreNlpPipeline implements NlpPipeline {
    /**
     * Longest sentence, in tokens, handed to the taggers; the same bound as {@code pos.maxlen} and
     * {@code ner.maxlen}. Text without sentence ends (a scraped 1 MB line) otherwise becomes one
     * sentence of 200,000 tokens, on which TokensRegexNER backtracks for hours.
     */
    static final int MAX_SENTENCE_TOKENS = 200;
    /**
     * Longest article, in tokens, that is annotated at all: about 60 pages of prose, far past any news
     * report, yet minutes of tagging on a busy machine. Longer text (a dump, a concatenated feed) is
     * rejected with its token count rather than left to occupy a worker for an hour.
     */
    public static final int MAX_ARTICLE_TOKENS = 100_000;
    /**
     * Most tokens of context SUTime gets either side of a time word: enough for its longest English
     * patterns around one ("the beginning of last month", "early on Saturday morning"). Around a word
     * the window stops sooner, at the first token that cannot belong to a date ({@link TimeWords}).
     */
    static final int TIME_WINDOW_MARGIN = 3;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP corenlp;
    private final Clock clock;
    private final PosTagger posTagger;
    private final PlaceTypeTagger placeTypes;
    private final TimeExpressionExtractor sutime;
    private final TimeWords timeWords;

    public CoreNlpPipeline(Clock clock) {
        this.clock = clock;
        Properties props = new Properties();
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(split);
        // The taggers run on sentences already split and capped, so they do not tokenize again; part-of-speech
        // tags come first, from PosTagger (CoreNLP's tagger, the same tags in less time).
        props.setProperty("annotators", "lemma,ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        // One CRF instead of CoreNLP's three: in its default NORMAL combination mode the 7-class and MISC models
        // only add labels Orbat never reads (MONEY, PERCENT, MISC; dates come from SUTime), at twice the cost.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        // Dates come from SUTime run below on the sentences that may hold one; inside ner it ran on every
        // sentence and took two thirds of the NLP time. Its NUMBER/DATE labels are read by no Orbat stage.
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // CoreNLP's fine-grained step took three quarters of the NLP time; PlaceTypeTagger does the part Orbat reads.
        props.setProperty("ner.applyFineGrained", "false");
        corenlp = new StanfordCoreNLP(props);
        Properties time = new Properties();
        time.setProperty("sutime.markTimeRanges", "false");
        time.setProperty("sutime.includeRange", "false");
        sutime = TimeExpressionExtractorFactory.createExtractor("sutime", time);
        posTagger = PosTagger.shared(MAX_SENTENCE_TOKENS);
        placeTypes = PlaceTypeTagger.shared();
        timeWords = TimeWords.shared();
    }

    public CoreNlpPipeline() {
        this(Clock.systemUTC());
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        boolean dated = article.published() != null;
        LocalDate anchor = dated ? article.published().date() : LocalDate.now(clock);
        doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        splitter.annotate(doc);
        int tokens = doc.get(CoreAnnotations.TokensAnnotation.class).size();
        if (tokens > MAX_ARTICLE_TOKENS) {
            throw new ArticleTooLongException(article.path(), tokens, MAX_ARTICLE_TOKENS);
        }
        SentenceCap.apply(doc, article.text(), MAX_SENTENCE_TOKENS);
        posTagger.tag(doc);
        corenlp.annotate(doc);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> times = times(sentence, article.text(), anchor.toString());
            sentences.add(toSentence(article.text(), sentences.size(), sentence, times, dated ? anchor : null, placeTypes));
        }
        // English models read it, whatever it stated: the article goes on in the language it was read in.
        return new AnnotatedArticle(article.withLanguage(Language.ENGLISH), sentences);
    }

    /**
     * SUTime's expressions in {@code sentence}, found in the windows around its time words only:
     * SUTime's cost grows with the tokens it is given, and most tokens are nowhere near a date.
     */
    private List<CoreMap> times(CoreMap sentence, String text, String docDate) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (int[] window : timeWords.windows(words(sentence), TIME_WINDOW_MARGIN)) {
            List<CoreLabel> piece = labels.subList(window[0], window[1]);
            int begin = piece.get(0).beginPosition();
            int end = piece.get(piece.size() - 1).endPosition();
            Annotation part = new Annotation(text.substring(begin, end));
            part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            part.set(CoreAnnotations.TokensAnnotation.class, piece);
            out.addAll(sutime.extractTimeExpressionCoreMaps(part, docDate));
        }
        return out;
    }

    private static List<String> words(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            words.add(l.word());
        }
        return words;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static AnnotatedSentence toSentence(String text, int index, CoreMap sentence, List<CoreMap> timexes,
                                                LocalDate anchor, PlaceTypeTagger placeTypes) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(labels.size());
        List<String> tags = new ArrayList<>(labels.size());
        String[] ner = new String[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            words.add(l.word());
            // Sentences past pos.maxlen/ner.maxlen come back untagged; downstream stages expect strings.
            tags.add(orEmpty(l.tag()));
            ner[i] = l.ner() == null ? "O" : l.ner();
        }
        placeTypes.tag(words, tags, ner);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(l.originalText(), l.beginPosition(), l.endPosition(), tags.get(i),
                l.lemma() == null ? l.word() : l.lemma(), ner[i]));
        }
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap m : timexes) {
            if (m.get(TimeAnnotations.TimexAnnotation.class) == null) {
                continue;
            }
            int from = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int to = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int tb = 0;
            while (tb < tokens.size() && tokens.get(tb).end() <= from) {
                tb++;
            }
            int te = tb;
            while (te < tokens.size() && tokens.get(te).begin() < to) {
                te++;
            }
            if (te == tb) {
                continue;
            }
            String value = m.get(TimeAnnotations.TimexAnnotation.class).value();
            String written = text.substring(tokens.get(tb).begin(), tokens.get(te - 1).end());
            int tokenBegin = tb;
            int tokenEnd = te;
            SuTimeValues.toDate(value, written, anchor)
                .filter(d -> DateSyntax.admits(words, tokenBegin, tokenEnd, d, anchor))
                .ifPresent(d -> times.add(new TimeExpression(written, tokenBegin, tokenEnd, d)));
        }
        return new AnnotatedSentence(index, begin, end, text.substring(begin, end), tokens, DayRanges.withFirstDays(tokens, times));
    }
}
