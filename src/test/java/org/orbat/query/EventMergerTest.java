package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;

class EventMergerTest {
    private static final Place MIZNAZ = new Place("Miznaz", 36.13, 36.86, "Aleppo", "SY", "village", "exact");
    private static final Place ATARIB = new Place("Atarib", 36.14, 36.83, "Aleppo", "SY", "town", "exact");
    private static final Place PALMYRA = new Place("Tadmor", 34.56, 38.28, "Homs", "SY", "city", "exact");

    static Event event(String id, String doc, EventType type, String date, List<String> actors, Place place, Integer toll) {
        return new Event(id, type, DateValue.parse(date).orElseThrow(), null, actors, List.of(place), toll,
            List.of(new Evidence(doc, 0, "A report of " + id + ".", null, toll, Stance.ASSERTED)));
    }

    @Test
    void mergesOneBattleReportedByTwoOutletsKeepingBothTollsWithoutSummingThem() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), MIZNAZ, 80);
        Event b = event("b", "doc-b", EventType.TERRITORY_CAPTURE, "2015-02-28", List.of("nusra"), ATARIB, 50);
        List<Event> merged = new EventMerger().merge(List.of(a, b));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.evidence()).extracting(Evidence::fatalities).containsExactlyInAnyOrder(80, 50);
            assertThat(e.fatalities()).isEqualTo(50);
            assertThat(e.actors()).containsExactly("nusra", "hazm");
        });
    }

    @Test
    void keepsReportsOfConsecutiveDaysApartAsTwoIncidents() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), MIZNAZ, 80);
        Event b = event("b", "doc-b", EventType.BATTLE, "2015-03-01", List.of("nusra", "hazm"), MIZNAZ, 50);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }

    @Test
    void keepsSameDayReportsOfPlacesMoreThanFiveKilometresApartAsTwoIncidents() {
        Place tenKmAway = new Place("Elsewhere", 36.13, 36.97, "Aleppo", "SY", "village", "exact");
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), MIZNAZ, 80);
        Event b = event("b", "doc-b", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), tenKmAway, 50);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }

    @Test
    void keepsEachSideOfTheMergedReports() {
        Event a = new Event("a", EventType.BATTLE, DateValue.parse("2015-02-28").orElseThrow(), null, List.of("nusra", "hazm"),
            List.of("nusra"), List.of("hazm"), null, List.of(MIZNAZ), null,
            List.of(new Evidence("doc-a", 0, "Nusra attacked Hazm.", null, null, Stance.ASSERTED)));
        Event b = new Event("b", EventType.BATTLE, DateValue.parse("2015-02-28").orElseThrow(), null, List.of("hazm", "levant"),
            List.of("levant"), List.of("hazm"), null, List.of(MIZNAZ), null,
            List.of(new Evidence("doc-b", 0, "The Levant Front joined the attack on Hazm.", null, null, Stance.ASSERTED)));
        assertThat(new EventMerger().merge(List.of(a, b))).singleElement().satisfies(e -> {
            assertThat(e.side1()).containsExactly("nusra", "levant");
            assertThat(e.side2()).containsExactly("hazm");
        });
    }

    @Test
    void keepsEventsApartWhenPlacesAreFarApart() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-05-20", List.of("is"), ATARIB, null);
        Event b = event("b", "doc-b", EventType.BATTLE, "2015-05-20", List.of("is"), PALMYRA, null);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }

    @Test
    void keepsEventsApartWhenDatesDoNotOverlap() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-01-10", List.of("nusra", "hazm"), ATARIB, null);
        Event b = event("b", "doc-b", EventType.BATTLE, "2015-03-01", List.of("nusra", "hazm"), ATARIB, null);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }

    @Test
    void keepsEventsOfOneDocumentAsTheExtractorLeftThem() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-03-01", List.of("nusra"), ATARIB, null);
        Event b = event("b", "doc-a", EventType.BATTLE, "2015-03-01", List.of("nusra"), ATARIB, null);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }
}
