package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;

/** The first day of a span written "9 and 10 August". Sentences written for these tests. */
class DayRangesTest {

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(word, at, at + word.length(), "NN", word, "O"));
            at += word.length() + 1;
        }
        return tokens;
    }

    @Test
    void aBareDayBeforeAndAndADateIsTheSpansFirstDay() {
        List<Token> t = tokens("Jets struck the town on 4 and 5 June .");
        TimeExpression last = new TimeExpression("5 June", 7, 9, DateValue.day(LocalDate.of(2019, 6, 5)));
        List<TimeExpression> out = DayRanges.withFirstDays(t, List.of(last));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).value()).isEqualTo(DateValue.day(LocalDate.of(2019, 6, 4)));
        assertThat(out.get(0).tokenBegin()).isEqualTo(5);
        assertThat(out.get(1)).isEqualTo(last);
    }

    @Test
    void aCountBeforeADateIsNoDay() {
        List<Token> t = tokens("Jets killed 40 and wounded 12 on 5 June .");
        TimeExpression date = new TimeExpression("5 June", 7, 9, DateValue.day(LocalDate.of(2019, 6, 5)));
        assertThat(DayRanges.withFirstDays(t, List.of(date))).containsExactly(date);
        List<Token> later = tokens("Fighting went on from 7 to 5 June .");
        TimeExpression d = new TimeExpression("5 June", 6, 8, DateValue.day(LocalDate.of(2019, 6, 5)));
        assertThat(DayRanges.withFirstDays(later, List.of(d))).containsExactly(d);
    }
}
