package org.orbat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValueTest {
    @Test
    void isoFormLengthIsItsPrecision() {
        assertThat(DateValue.year(2017).iso()).isEqualTo("2017");
        assertThat(DateValue.month(2014, 11).iso()).isEqualTo("2014-11");
        assertThat(DateValue.day(LocalDate.of(2015, 3, 1)).iso()).isEqualTo("2015-03-01");
    }

    @Test
    void parsesEachPrecisionAndRejectsImpossibleDates() {
        assertThat(DateValue.parse("2015-03").orElseThrow().precision()).isEqualTo(DateValue.Precision.MONTH);
        assertThat(DateValue.parse("2015-02-31")).isEmpty();
        assertThat(DateValue.parse("March 2015")).isEmpty();
    }

    @Test
    void monthOverlapsItsDaysAndNeighboursOnlyWithSlack() {
        DateValue november = DateValue.month(2014, 11);
        assertThat(november.overlaps(DateValue.parse("2014-11-30").orElseThrow(), 0)).isTrue();
        assertThat(november.overlaps(DateValue.parse("2014-12-02").orElseThrow(), 0)).isFalse();
        assertThat(november.overlaps(DateValue.parse("2014-12-02").orElseThrow(), 2)).isTrue();
        assertThat(november.last()).isEqualTo(LocalDate.of(2014, 11, 30));
    }
}
