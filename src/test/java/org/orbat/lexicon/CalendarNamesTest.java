package org.orbat.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarNamesTest {
    private final CalendarNames english = CalendarNames.of(Language.ENGLISH);

    @Test
    void everyMonthAndWeekdayIsListedOnceInOrder() {
        assertThat(english.months()).extracting(CalendarNames.Name::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(english.weekdays()).extracting(CalendarNames.Name::name)
            .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    }

    @Test
    void namesAndAbbreviationsResolveWhateverTheCaseOrTrailingStop() {
        assertThat(english.month("Sept.")).hasValue(9);
        assertThat(english.month("sep")).hasValue(9);
        assertThat(english.month("DECEMBER")).hasValue(12);
        assertThat(english.month("may")).hasValue(5);
        assertThat(english.month("Mayday")).isEmpty();
        assertThat(english.weekday("Thurs")).contains(DayOfWeek.THURSDAY);
        assertThat(english.weekday("sunday")).contains(DayOfWeek.SUNDAY);
        assertThat(english.weekday("Sundays")).isEmpty();
    }

    @Test
    void monthsThatAreEverydayWordsAreMarked() {
        assertThat(english.months()).filteredOn(CalendarNames.Name::commonWord).extracting(CalendarNames.Name::name)
            .containsExactly("March", "May");
    }

    @Test
    void weekdayNamesLeaveOutAbbreviationsThatAreWords() {
        assertThat(english.weekdayNames()).contains("saturday", "sunday").doesNotContain("sat", "sun");
        assertThat(english.monthForms()).contains("january", "jan", "sept", "may").hasSize(24);
    }

    @Test
    void alternationsMatchTheLongestFormFirst() {
        var month = Pattern.compile("(?i)(" + english.monthAlternation() + ")");
        var m = month.matcher("on 3 Sept 2019");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Sept");
        var weekday = Pattern.compile("(?i)(" + english.weekdayAlternation() + ")");
        var w = weekday.matcher("Thursday");
        assertThat(w.find()).isTrue();
        assertThat(w.group(1)).isEqualTo("Thursday");
        assertThat(Pattern.compile(english.monthPrefixAlternation()).matcher("Sep").matches()).isTrue();
    }

    @Test
    void aLanguageIsFoundByItsCodeAndNamesItsFolder() {
        assertThat(Language.fromCode("EN")).isEqualTo(Language.ENGLISH);
        assertThat(Language.ENGLISH.resource("months.tsv")).isEqualTo("/lang/en/months.tsv");
        assertThatThrownBy(() -> Language.fromCode("english")).hasMessageContaining("english");
    }
}
