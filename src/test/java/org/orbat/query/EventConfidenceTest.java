package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;

class EventConfidenceTest {
    private static final EventConfidence SHIPPED = EventConfidence.load();

    private static Event event(String id, Stance stance, List<Place> places, List<String> side2) {
        List<String> actors = side2.isEmpty() ? List.of("army-a") : List.of("army-a", side2.get(0));
        return new Event(id, EventType.BATTLE, DateValue.parse("2020-05-01").orElseThrow(), null, actors, List.of("army-a"), side2,
            AcledSubEvent.ARMED_CLASH, places, null, List.of(new Evidence("doc-" + id, 0, "Army A fought Group B.", null, null, stance)));
    }

    @Test
    void anAssertedPlacedTwoSidedEventIsMoreLikelyRightThanAClaimedUnplacedOne() {
        Event solid = event("a", Stance.ASSERTED, List.of(new Place("Atarib", 36.1, 36.8, "Aleppo", "SY", "town", "exact")), List.of("group-b"));
        Event weak = event("b", Stance.CLAIMED, List.of(), List.of());
        assertThat(SHIPPED.of(solid, 1)).isBetween(0.0, 1.0).isGreaterThan(SHIPPED.of(weak, 1) + 0.3);
    }

    @Test
    void anEventAmongManyInOneReportIsLessLikelyRightThanTheOnlyOne() {
        Event e = event("a", Stance.ASSERTED, List.of(new Place("Atarib", 36.1, 36.8, "Aleppo", "SY", "town", "exact")), List.of("group-b"));
        assertThat(SHIPPED.of(e, 6)).isLessThan(SHIPPED.of(e, 1));
        Map<String, Double> all = SHIPPED.ofAll(List.of(e, event("c", Stance.ASSERTED, List.of(), List.of())));
        assertThat(all).containsOnlyKeys("a", "c");
    }

    @Test
    void weightsMissingAFeatureAreRefusedByName() {
        assertThatThrownBy(() -> new EventConfidence(Map.of("bias", 0.1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reports");
    }
}
