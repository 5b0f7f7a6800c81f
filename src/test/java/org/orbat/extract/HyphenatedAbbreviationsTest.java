package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;

/**
 * An abbreviation written with a hyphen ("SPLM-N", "SSA-N") is one name even where the tokenizer splits it
 * at the hyphen. Sentences written for these tests, through the real pipeline.
 */
class HyphenatedAbbreviationsTest {

    private static List<Event> events(String text) {
        return Extraction.of(text, "2022-05-03").events();
    }

    @Test
    void aHyphenatedAbbreviationOpeningAClauseNamesItsGroup() {
        assertThat(events("On 3 May 2022, SPLM-N fighters attacked an army post near Kadugli."))
            .anySatisfy(e -> assertThat(e.side1()).contains("splm-n"));
    }

    @Test
    void aHyphenatedAbbreviationAfterAPrepositionNamesItsGroup() {
        assertThat(events("Fighting between SPLM-N and Sudanese army troops was reported near Dilling on 3 May 2022."))
            .anySatisfy(e -> assertThat(e.actors()).contains("splm-n", "military-forces-of-sudan"));
    }

    @Test
    void wordsSpacedAroundAHyphenAreNoAbbreviation() {
        assertThat(events("On 3 May 2022, SPLM - N fighters attacked an army post near Kadugli."))
            .allSatisfy(e -> assertThat(e.actors()).doesNotContain("splm-n"));
    }
}
