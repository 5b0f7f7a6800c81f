package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {
    private final TimeWords words = TimeWords.shared();

    @Test
    void findsMonthsWeekdaysYearsAndRelativeWords() {
        assertThat(words.isTimeWord("January")).isTrue();
        assertThat(words.isTimeWord("Saturday")).isTrue();
        assertThat(words.isTimeWord("yesterday")).isTrue();
        assertThat(words.isTimeWord("Feb.")).isTrue();
        assertThat(words.isTimeWord("2015")).isTrue();
        assertThat(words.isTimeWord("18.05.2017")).isTrue();
        assertThat(words.isTimeWord("10:30")).isTrue();
        assertThat(words.isTimeWord("3rd")).isTrue();
    }

    @Test
    void ignoresCasualtyCountsAndLowerCaseMonthHomographs() {
        assertThat(words.isTimeWord("12")).isFalse();
        assertThat(words.isTimeWord("1,200")).isFalse();
        assertThat(words.isTimeWord("may")).isFalse();
        assertThat(words.isTimeWord("march")).isFalse();
        assertThat(words.isTimeWord("May")).isTrue();
        assertThat(words.isTimeWord("rebels")).isFalse();
    }

    @Test
    void widensAWordsWindowOnlyOverWordsThatMayBelongToItsDate() {
        List<String> sentence = List.of("Rebels", "attacked", "early", "on", "Saturday", "morning", "and", "again", "on",
            "Sunday", "killing", "12", "soldiers");

        List<int[]> windows = words.windows(sentence, 3);

        assertThat(windows).extracting(w -> sentence.subList(w[0], w[1]))
            .containsExactly(List.of("early", "on", "Saturday", "morning", "and"), List.of("on", "Sunday"));
        assertThat(words.windows(List.of("Rebels", "advanced", "."), 3)).isEmpty();
    }

    @Test
    void keepsAYearsWholeMarginSinceItsNeighboursTellAYearFromACount() {
        List<String> sentence = List.of("a", "chemical", "attack", "that", "killed", "more", "than", "1400", "people", "in",
            "the", "east");

        List<int[]> windows = words.windows(sentence, 3);

        assertThat(windows).extracting(w -> sentence.subList(w[0], w[1]))
            .containsExactly(List.of("killed", "more", "than", "1400", "people", "in", "the"));
    }

    @Test
    void narrowsAYearsWindowWhenAPrepositionOrMonthSaysItIsOne() {
        List<String> sentence = List.of("Hazm", "was", "formed", "in", "2014", "by", "fighters", "who", "left", "the", "army");

        List<int[]> windows = words.windows(sentence, 3);

        assertThat(windows).extracting(w -> sentence.subList(w[0], w[1])).containsExactly(List.of("in", "2014", "by"));
    }

    @Test
    void mergesOverlappingWindowsWithoutShrinkingThem() {
        List<String> sentence = List.of("Print", "this", "page", "Tuesday", "19", "July", "2016", "16:45", "Russian",
            "Airstrikes", "Disrupt", "Ambulance", "Service");

        List<int[]> windows = words.windows(sentence, 3);

        assertThat(windows).hasSize(1);
        assertThat(windows.get(0)).containsExactly(3, 11);
    }
}
