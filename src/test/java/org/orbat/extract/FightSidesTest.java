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

    @Test
    void armedMenANextSentenceSaysWereKilledInTheStrikeAreItsTarget() {
        Event e = first("On 5 June 2022, Turkish army forces carried out a drone strike near Mount Qandil in Erbil. Three PKK "
            + "militants were killed in the attack.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).containsExactly("turkish-armed-forces");
        assertThat(e.side2()).containsExactly("pkk");
    }

    @Test
    void aNextSentenceAboutTheAttackersOwnLossesDoesNotMakeThemTheTarget() {
        Event e = first("On 5 June 2022, Turkish army forces carried out a drone strike near Mount Qandil in Erbil. Two Turkish "
            + "soldiers were wounded when PKK militants returned fire.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).doesNotContain("turkish-armed-forces");
    }

    @Test
    void theDeadOfABombWithNoArmedTargetNamedAreCivilians() {
        Event e = first("On 2 June 2022, two people were killed and 30 injured in a bomb blast at a bus stop in Thika town.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("civilians"));
    }

    @Test
    void theDeadOfABombThatHitSoldiersAreNoCivilians() {
        Event e = first("On 2 June 2022, an IED struck a Somali army convoy near Afgoye, killing two soldiers.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).noneSatisfy(id -> assertThat(id).startsWith("civilians"));
    }
}
