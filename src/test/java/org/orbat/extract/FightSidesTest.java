package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;
import org.orbat.model.EventType;

/**
 * The second side of a fight or capture the grammar leaves open: the armed party the sentence names on
 * neither side, as the ACLED codebook codes a battle or a change of control between two armed sides.
 * Sentences written for these tests.
 */
class FightSidesTest {

    private static Event first(String text, EventType type) {
        List<Event> events = Extraction.of(text, "2022-01-30").events();
        return events.stream().filter(e -> e.type() == type).findFirst()
            .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " " + events));
    }

    @Test
    void thoseWhoLeftAPlaceTakenAreTheOtherSideOfTheCapture() {
        Event e = first("On 26 January 2022, Giants Brigades forces took control of Al Abdiyah district, Marib after Houthi "
            + "forces withdrew from the area.", EventType.TERRITORY_CAPTURE);
        assertThat(e.side1()).contains("giants-brigades");
        assertThat(e.side2()).contains("houthis");
    }

    @Test
    void anArmedPartyOnNeitherSideIsNotAddedWhenBothSidesAreRead() {
        Event e = first("On 12 January 2022, Russian forces clashed with Ukrainian forces near Izium, Kharkiv, as Wagner "
            + "fighters looked on.", EventType.BATTLE);
        assertThat(e.side1()).doesNotContain("wagner-group");
        assertThat(e.side2()).doesNotContain("wagner-group");
    }
}
