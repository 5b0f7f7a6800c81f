package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuTimeValuesTest {
    private static final LocalDate MONDAY = LocalDate.of(2015, 3, 2);

    @Test
    void readsDayMonthAndYearValues() {
        assertThat(SuTimeValues.toDate("2014-11", "last November", MONDAY).orElseThrow().iso()).isEqualTo("2014-11");
        assertThat(SuTimeValues.toDate("2015-02-27TNI", "late on Friday night", MONDAY).orElseThrow().iso()).isEqualTo("2015-02-27");
        assertThat(SuTimeValues.toDate("2017", "in 2017", MONDAY).orElseThrow().iso()).isEqualTo("2017");
    }

    @Test
    void movesTheComingWeekendOfAMondayReportIntoThePast() {
        assertThat(SuTimeValues.toDate("2015-W10-WE", "over the weekend", MONDAY).orElseThrow().iso()).isEqualTo("2015-02-28");
    }

    @Test
    void movesABareMonthAfterPublicationIntoThePastUnlessTheTextLooksAhead() {
        LocalDate christmas = LocalDate.of(2014, 12, 25);
        assertThat(SuTimeValues.toDate("2015-06", "since June", christmas).orElseThrow().iso()).isEqualTo("2014-06");
        assertThat(SuTimeValues.toDate("2015-06", "next June", christmas).orElseThrow().iso()).isEqualTo("2015-06");
        assertThat(SuTimeValues.toDate("2015-06", "June 2015", christmas).orElseThrow().iso()).isEqualTo("2015-06");
        assertThat(SuTimeValues.toDate("2014-11", "in November", christmas).orElseThrow().iso()).isEqualTo("2014-11");
    }

    @Test
    void dropsValuesSuTimeCouldNotAnchor() {
        assertThat(SuTimeValues.toDate("XXXX-11", "November", MONDAY)).isEmpty();
        assertThat(SuTimeValues.toDate("PRESENT_REF", "now", MONDAY)).isEmpty();
        assertThat(SuTimeValues.toDate("P3D", "three days", MONDAY)).isEmpty();
    }

    @Test
    void keepsOnlyExpressionsWithTheirOwnYearWhenTheArticleIsUndated() {
        assertThat(SuTimeValues.toDate("2026-11", "last November", null)).isEmpty();
        assertThat(SuTimeValues.toDate("2014-09", "September of 2014", null).orElseThrow().iso()).isEqualTo("2014-09");
    }

    @Test
    void aDayWrittenWithItsDateIsNotMovedBackAWeek() {
        // a report of Monday 2 March 2015 about "3 March": the day is named, not a weekday SUTime may have put ahead
        assertThat(SuTimeValues.toDate("2015-03-03", "3 March", MONDAY).orElseThrow().iso()).isEqualTo("2015-03-03");
        assertThat(SuTimeValues.toDate("2015-03-03", "Tuesday", MONDAY).orElseThrow().iso()).isEqualTo("2015-02-24");
    }
}
