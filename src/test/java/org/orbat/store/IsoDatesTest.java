package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;

class IsoDatesTest {
    private static final List<String> TEXTS = List.of("2015", "2015-03", "2015-03-01", "2016-02-29", "0001",
        "9999-12-31", "2015-00", "2015-13", "2015-03-00", "2015-02-30", "2017-02-29", "2015-3-01", "2015/03/01",
        "20150301", "201", "abcd", " 2015", "2015-03-01 ", "2015-03-01T10:00", "2015-0a", "2015-03-3x");

    @Test
    void readsEveryTextAsDateValueParseDoes() {
        IsoDates dates = new IsoDates();
        for (String text : TEXTS) {
            String packed = "r-1\u001f" + text + "\u001fmore";
            assertThat(dates.parse(packed, 4, 4 + text.length())).as(text).isEqualTo(DateValue.parse(text).orElse(null));
        }
    }

    @Test
    void aRepeatedDateIsTheSameDateWhetherOrNotItFollowsItself() {
        IsoDates dates = new IsoDates();
        String packed = "2015-03|2015-03|2015|2015-03|2015-03-01";
        assertThat(dates.parse(packed, 0, 7)).isEqualTo(DateValue.month(2015, 3));
        assertThat(dates.parse(packed, 8, 15)).isEqualTo(DateValue.month(2015, 3));
        assertThat(dates.parse(packed, 16, 20)).isEqualTo(DateValue.year(2015));
        assertThat(dates.parse(packed, 21, 28)).isEqualTo(DateValue.month(2015, 3));
        assertThat(dates.parse(packed, 29, 39)).isEqualTo(DateValue.parse("2015-03-01").orElseThrow());
    }

    @Test
    void anEmptyFieldIsNoDate() {
        assertThat(new IsoDates().parse("a\u001f\u001fb", 2, 2)).isNull();
    }
}
