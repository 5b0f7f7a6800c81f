package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> ACTORS = List.of("Levant Front", "Hazm Movement", "Al-Nusra Front", "Islamic State");

    @Test
    void suggestsLevantFrontForAMissingLetter() {
        assertThat(Suggestions.closest("Levant Frnt", ACTORS)).containsExactly("Levant Front");
    }

    @Test
    void ignoresCaseAndCountsASwappedPairOnce() {
        assertThat(Suggestions.closest("hamz movement", ACTORS)).containsExactly("Hazm Movement");
        assertThat(Suggestions.distance("hamz", "hazm", 2)).isEqualTo(1);
    }

    @Test
    void offersANameThatStartsWithWhatWasAsked() {
        assertThat(Suggestions.closest("Islamic", ACTORS)).containsExactly("Islamic State");
    }

    @Test
    void suggestsNothingForANameFarFromEveryKnownOne() {
        assertThat(Suggestions.closest("Free Syrian Navy", ACTORS)).isEmpty();
        assertThat(Suggestions.phrase(List.of())).isEmpty();
    }

    @Test
    void ranksCloserNamesFirstAndOffersAtMostThree() {
        List<String> known = List.of("battles", "battle", "bottle", "cattle", "rattle");
        assertThat(Suggestions.closest("battle", known)).hasSize(Suggestions.MAX).startsWith("battle", "battles");
    }
}
