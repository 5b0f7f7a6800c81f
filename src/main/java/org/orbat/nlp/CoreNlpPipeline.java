package org.orbat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.orbat.model.Article;

/**
 * {@link NlpPipeline} backed by Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner (which runs
 * SUTime); CoreNLP's fine-grained place labels are added by the much faster {@link PlaceTypeTagger}. SUTime resolves relative dates ("last November", "on Saturday") against the article's
 * publication date, passed as CoreNLP's document date; an article without one is anchored to the
 * injected clock's today, and its relative dates are dropped by {@link SuTimeValues} rather than
 * guessed.
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

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP corenlp;
    private final Clock clock;
    private final PlaceTypeTagger placeTypes;

    public CoreNlpPipeline(Clock clock) {
        this.clock = clock;
        Properties props = new Properties();
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(split);
        // The taggers run on sentences already split and capped, so they do not tokenize again.
        props.setProperty("annotators", "pos,lemma,ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        // One CRF instead of CoreNLP's three: in its default NORMAL combination mode the 7-class and MISC models
        // only add labels Orbat never reads (MONEY, PERCENT, MISC; dates come from SUTime), at twice the cost.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        // CoreNLP's fine-grained step took three quarters of the NLP time; PlaceTypeTagger does the part Orbat reads.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("sutime.markTimeRanges", "false");
        props.setProperty("sutime.includeRange", "false");
        corenlp = new StanfordCoreNLP(props);
        placeTypes = PlaceTypeTagger.shared();
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
        corenlp.annotate(doc);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(article.text(), sentences.size(), sentence, dated ? anchor : null, placeTypes));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static AnnotatedSentence toSentence(String text, int index, CoreMap sentence, LocalDate anchor,
                                                PlaceTypeTagger placeTypes) {
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
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                if (m.get(TimeAnnotations.TimexAnnotation.class) == null) {
                    continue;
                }
                String value = m.get(TimeAnnotations.TimexAnnotation.class).value();
                int offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
                int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - offset;
                int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - offset;
                String written = m.get(CoreAnnotations.TextAnnotation.class);
                SuTimeValues.toDate(value, written, anchor).ifPresent(d ->
                    times.add(new TimeExpression(written, tb, te, d)));
            }
        }
        return new AnnotatedSentence(index, begin, end, text.substring(begin, end), tokens, times);
    }
}
