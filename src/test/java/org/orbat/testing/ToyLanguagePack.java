package org.orbat.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.orbat.lexicon.CalendarNames;
import org.orbat.lexicon.Language;
import org.orbat.model.DateValue;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.LanguagePack;
import org.orbat.nlp.NlpPipeline;
import org.orbat.nlp.TimeExpression;
import org.orbat.nlp.Token;

/**
 * Toy, a language made up to prove the language seam (ISO 639-2 {@code qaa}, a code reserved for local use):
 * what adding a language takes is this pack, its word folder {@code src/test/resources/lang/qaa/} (months,
 * weekdays, event triggers) and its line in {@code META-INF/services/org.orbat.nlp.LanguagePack}; no stage is
 * edited. Its pipeline is {@link HandArticle}'s tokenizer, reading "3 Triamo 2024" as a date by Toy's own month
 * names.
 */
public final class ToyLanguagePack implements LanguagePack {
    public static final Language TOY = new Language("qaa");

    @Override
    public Language language() {
        return TOY;
    }

    @Override
    public Character.UnicodeScript script() {
        return Character.UnicodeScript.LATIN;
    }

    @Override
    public NlpPipeline newPipeline(Clock clock) {
        CalendarNames calendar = CalendarNames.of(TOY);
        return article -> {
            List<AnnotatedSentence> sentences = new ArrayList<>();
            int from = 0;
            for (String piece : HandArticle.split(article.text())) {
                int begin = article.text().indexOf(piece, from);
                AnnotatedSentence plain = HandArticle.sentence(piece, sentences.size(), begin);
                sentences.add(new AnnotatedSentence(plain.index(), plain.begin(), plain.end(), plain.text(),
                    plain.tokens(), dates(plain.tokens(), calendar)));
                from = begin + piece.length();
            }
            return new AnnotatedArticle(article.withLanguage(TOY), sentences);
        };
    }

    /** "3 Triamo 2024": a day, one of Toy's months, a year. */
    private static List<TimeExpression> dates(List<Token> tokens, CalendarNames calendar) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            OptionalInt month = calendar.month(tokens.get(i + 1).word());
            if (month.isPresent() && tokens.get(i).word().matches("\\d{1,2}") && tokens.get(i + 2).word().matches("\\d{4}")) {
                LocalDate day = LocalDate.of(Integer.parseInt(tokens.get(i + 2).word()), month.getAsInt(),
                    Integer.parseInt(tokens.get(i).word()));
                String written = tokens.get(i).word() + " " + tokens.get(i + 1).word() + " " + tokens.get(i + 2).word();
                out.add(new TimeExpression(written, i, i + 3, DateValue.day(day)));
            }
        }
        return out;
    }
}
