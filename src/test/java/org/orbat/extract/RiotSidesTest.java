package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;
import org.orbat.model.EventType;

/**
 * A mob and whom it harms, as the ACLED codebook codes mob violence: the crowd on side 1 as rioters, the
 * people it beats or lynches on side 2 as civilians. Sentences written for these tests.
 */
class RiotSidesTest {

    private static Event riot(String text) {
        List<Event> events = Extraction.of(text, "2022-04-20").events();
        return events.stream().filter(e -> e.type() == EventType.RIOT).findFirst()
            .orElseThrow(() -> new AssertionError("no riot in: " + text + " " + events));
    }

    @Test
    void thePersonAMobBeatsIsACivilianOnSideTwo() {
        Event e = riot("On 12 April 2022, in Soledad, Atlantico, rioters attacked and beat up a man suspected of stealing a motorbike.");
        assertThat(e.side1()).containsExactly("rioters-co");
        assertThat(e.side2()).containsExactly("civilians-co");
    }

    @Test
    void peopleWhoRiotAreRiotersNotVictims() {
        Event e = riot("On 15 April 2022, residents rioted and burned tyres in Cali, Colombia to protest the lack of water.");
        assertThat(e.side1()).containsExactly("rioters-co");
        assertThat(e.side2()).isEmpty();
    }
}
