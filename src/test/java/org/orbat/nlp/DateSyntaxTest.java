package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;

/** A number becomes a year only from date syntax; time words inside names are no dates. Sentences written for these tests. */
class DateSyntaxTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 5, 18);

    /** Whether the words {@code [begin, end)} of {@code sentence}, read by SUTime as {@code value}, stay a date. */
    private static boolean admits(String sentence, int begin, int end, DateValue value) {
        List<String> words = Arrays.asList(sentence.split(" "));
        return DateSyntax.admits(words, begin, end, value, PUBLISHED);
    }

    @Test
    void keepsYearsAfterWordsThatIntroduceThem() {
        assertThat(admits("Fighting has raged since 2011 in the north", 3, 4, DateValue.year(2011))).isTrue();
        assertThat(admits("The town fell in 2014 to the rebels", 4, 5, DateValue.year(2014))).isTrue();
        assertThat(admits("between 2012 and 2014 the group grew", 3, 4, DateValue.year(2014))).isTrue();
    }

    @Test
    void dropsResolutionNumbersClockTimesAndCounts() {
        assertThat(admits("in breach of Security Council resolution 2254 which calls", 5, 6, DateValue.year(2254)))
            .isFalse();
        assertThat(admits("the blast struck at 1459 near the gate", 4, 5, DateValue.year(1459))).isFalse();
        assertThat(admits("Monitor 2159 18.05.2017 Rockets hit the town", 1, 2, DateValue.year(2159))).isFalse();
        assertThat(admits("the strike at 1100 pm ( 2000 GMT ) hit", 6, 7, DateValue.year(2000))).isFalse();
        assertThat(admits("more than 1400 people were killed", 2, 3, DateValue.year(1400))).isFalse();
        assertThat(admits("tolls ranging from 500 to 1300 after the attack", 5, 6, DateValue.year(1300))).isFalse();
    }

    @Test
    void aNumberRangingFromOneCountToAnotherIsNoYear() {
        assertThat(admits("the siege cut the garrison from 1500 to a few dozen men", 6, 7, DateValue.year(1500)))
            .isFalse();
        assertThat(admits("the price rose from 1200 to about 4000 pounds", 4, 5, DateValue.year(1200))).isFalse();
        assertThat(admits("the rebels held the valley from 2012 to 2014", 6, 7, DateValue.year(2012))).isTrue();
        assertThat(admits("the rebels held the valley from 2012 to early 2014", 6, 7, DateValue.year(2012))).isTrue();
    }

    @Test
    void dropsSeasonWordsInsideOperationNames() {
        assertThat(admits("Turkey launched Operation Peace Spring against the SDF", 4, 5, DateValue.year(2017)))
            .isFalse();
        assertThat(admits("the uprisings of the Arab Spring spread", 5, 6, DateValue.year(2017))).isFalse();
        assertThat(admits("In Spring the offensive resumed", 1, 2, DateValue.year(2017))).isTrue();
    }

    @Test
    void dropsYearsSutimeCountedIntoTheFuture() {
        assertThat(admits("the war now in its sixth year goes on", 4, 6, DateValue.year(2021))).isFalse();
        assertThat(admits("the group was formed last year in Idlib", 4, 6, DateValue.year(2016))).isTrue();
    }

    @Test
    void keepsFullDates() {
        assertThat(admits("On 23 October 2024 , militias shelled the base", 1, 4,
            DateValue.day(LocalDate.of(2017, 5, 16)))).isTrue();
    }
}
