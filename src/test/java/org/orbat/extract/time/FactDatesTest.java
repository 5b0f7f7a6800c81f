package org.orbat.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.TimeExpression;
import org.orbat.nlp.Token;

/** Which of a sentence's dates dates its fact. Sentences written for these tests. */
class FactDatesTest {
    private static final DateValue PUBLISHED = DateValue.day(LocalDate.of(2024, 10, 25));
    private final FactDates dates = new FactDates();

    private static AnnotatedSentence sentence(String text, TimeExpression... times) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(word, at, at + word.length(), "NN", word, "O"));
            at += word.length() + 1;
        }
        return new AnnotatedSentence(0, 0, text.length(), text, tokens, List.of(times));
    }

    @Test
    void anOpeningFullDateDatesTheWholeSentence() {
        AnnotatedSentence s = sentence("On 20 October 2024 , locals protested the arrest of men detained three days ago .",
            new TimeExpression("20 October 2024", 1, 4, DateValue.day(LocalDate.of(2024, 10, 20))),
            new TimeExpression("three days ago", 13, 16, DateValue.day(LocalDate.of(2024, 10, 17))));
        assertThat(dates.at(s, 9, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 20)));
    }

    @Test
    void withoutAnOpeningDateTheNearestExpressionWins() {
        AnnotatedSentence s = sentence("Rebels said on Monday that the town was shelled on Saturday .",
            new TimeExpression("Monday", 3, 4, DateValue.day(LocalDate.of(2024, 10, 21))),
            new TimeExpression("Saturday", 10, 11, DateValue.day(LocalDate.of(2024, 10, 19))));
        assertThat(dates.at(s, 8, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 19)));
    }

    @Test
    void aReportDateIsNoOpeningDate() {
        AnnotatedSentence s = sentence("As reported on 23 October 2024 , shelling hit the village on 21 October .",
            new TimeExpression("23 October 2024", 3, 6, DateValue.day(LocalDate.of(2024, 10, 23))),
            new TimeExpression("21 October", 13, 15, DateValue.day(LocalDate.of(2024, 10, 21))));
        assertThat(dates.at(s, 8, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 21)));
    }

    @Test
    void anOpeningDateMayFollowAHeadingLabel() {
        AnnotatedSentence s = sentence("Looting : On 20 October 2024 , fighters looted shops seized in March .",
            new TimeExpression("20 October 2024", 3, 6, DateValue.day(LocalDate.of(2024, 10, 20))),
            new TimeExpression("March", 12, 13, DateValue.month(2024, 3)));
        assertThat(dates.at(s, 10, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 20)));
    }

    @Test
    void theYearAStateOfThingsBeganDatesNoAct() {
        AnnotatedSentence s = sentence("The protests grew against a party in power since 1970 .",
            new TimeExpression("1970", 9, 10, DateValue.year(1970)));
        assertThat(dates.at(s, 1, PUBLISHED).start()).isEqualTo(PUBLISHED);
        AnnotatedSentence recent = sentence("Since Saturday , jets have struck the town daily .",
            new TimeExpression("Saturday", 1, 2, DateValue.day(LocalDate.of(2024, 10, 19))));
        assertThat(dates.at(recent, 6, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 19)));
    }

    @Test
    void aDateInARelativeClauseAfterTheTriggerDatesItsNounNotTheAct() {
        AnnotatedSentence s = sentence("A rocket hit the library which the mayor opened in 1998 .",
            new TimeExpression("1998", 10, 11, DateValue.year(1998)));
        assertThat(dates.at(s, 2, PUBLISHED).start()).isEqualTo(PUBLISHED);
        AnnotatedSentence closed = sentence("Jets struck the mill , which stands by the river , on Monday .",
            new TimeExpression("Monday", 12, 13, DateValue.day(LocalDate.of(2024, 10, 21))));
        assertThat(dates.at(closed, 1, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 21)));
    }

    @Test
    void aDateInARelativeClauseOpenedByThatDatesItsNounNotTheAct() {
        List<Token> tokens = new ArrayList<>();
        String text = "Rebels retook a hill that the army had seized ten days earlier .";
        int at = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(word, at, at + word.length(), word.equals("that") ? "WDT" : "NN", word, "O"));
            at += word.length() + 1;
        }
        AnnotatedSentence s = new AnnotatedSentence(0, 0, text.length(), text, tokens,
            List.of(new TimeExpression("ten days earlier", 9, 12, DateValue.day(LocalDate.of(2024, 10, 15)))));
        assertThat(dates.at(s, 1, PUBLISHED).start()).isEqualTo(PUBLISHED);
        AnnotatedSentence said = sentence("Rebels said that the army seized the hill ten days earlier .",
            new TimeExpression("ten days earlier", 8, 11, DateValue.day(LocalDate.of(2024, 10, 15))));
        assertThat(dates.at(said, 4, PUBLISHED).start()).isEqualTo(DateValue.day(LocalDate.of(2024, 10, 15)));
    }
}
