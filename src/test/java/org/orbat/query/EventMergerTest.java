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

    @Test
    void groupsKeepEachMergedEventsReportsAndFoldingThemRemakesTheEvent() {
        Event a = event("a", "doc-a", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), MIZNAZ, 80);
        Event b = event("b", "doc-b", EventType.BATTLE, "2015-02-28", List.of("nusra", "hazm"), MIZNAZ, 50);
        Event c = event("c", "doc-c", EventType.BATTLE, "2015-05-20", List.of("is"), PALMYRA, null);
        EventMerger merger = new EventMerger();
        List<EventMerger.Merged> groups = merger.groups(List.of(c, b, a));
        assertThat(groups).extracting(g -> g.reports().stream().map(Event::id).toList())
            .containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(merger.fold(List.of(b, a))).isEqualTo(groups.get(0).event());
        assertThat(merger.mergedIds(List.of(a, b, c))).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", "a", "b", "a"));
    }

    @Test
    void anUndatedReportJoinsTheDatedEventOfTheSamePartiesAndPlace() {
        Event dated = event("a", "doc-a", EventType.BATTLE, "2015-03-01", List.of("nusra", "hazm"), ATARIB, 50);
        Event undated = new Event("b", EventType.BATTLE, null, null, List.of("nusra", "hazm"), List.of(), List.of(), null,
            List.of(ATARIB), 80, List.of(new Evidence("doc-b", 0, "A report of b.", null, 80, Stance.ASSERTED)));
        assertThat(new EventMerger().merge(List.of(undated, dated))).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("a");
            assertThat(e.date()).isEqualTo(DateValue.parse("2015-03-01").orElseThrow());
            assertThat(e.evidence()).extracting(Evidence::fatalities).containsExactly(50, 80);
        });
    }

    /**
     * The merger looks candidates up by actor and forgets events whose period has ended; on reports made
     * up at random (few actors, places a few km apart, overlapping periods, months, undated ones), it must
     * merge exactly as comparing each report with every event formed before it does.
     */
    @Test
    void mergesRandomReportsExactlyAsComparingEveryPairDoes() {
        List<Place> places = List.of(MIZNAZ, ATARIB, PALMYRA, new Place("Miznaz", 36.131, 36.861, "Aleppo", "SY", "village",
            "exact"), new Place("Aleppo", 36.2, 37.16, "Aleppo", "SY", "governorate", "governorate"));
        List<String> actors = List.of("nusra", "hazm", "levant", "is", "regime", "ypg");
        List<EventType> types = List.of(EventType.BATTLE, EventType.TERRITORY_CAPTURE, EventType.REMOTE_VIOLENCE, EventType.PROTEST);
        for (int seed = 0; seed < 30; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<Event> reports = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                java.time.LocalDate day = java.time.LocalDate.of(2015, 3, 1).plusDays(random.nextInt(25));
                int kind = random.nextInt(10);
                DateValue date = kind == 0 ? null : kind == 1 ? DateValue.month(2015, day.getMonthValue()) : DateValue.day(day);
                DateValue end = date != null && kind == 2 ? DateValue.day(day.plusDays(1 + random.nextInt(4))) : null;
                List<String> who = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(List.of(
                    actors.get(random.nextInt(3)), actors.get(random.nextInt(actors.size())))));
                Integer toll = random.nextInt(3) == 0 ? null : random.nextInt(60);
                reports.add(new Event(String.format("e%03d", i), types.get(random.nextInt(types.size())), date, end, who,
                    who.subList(0, 1), who.subList(1, who.size()), null, List.of(places.get(random.nextInt(places.size()))),
                    toll, List.of(new Evidence("doc-" + random.nextInt(40), 0, "Report " + i + ".", null, toll, Stance.ASSERTED))));
            }
            java.util.Collections.shuffle(reports, random);
            List<EventMerger.Merged> groups = new EventMerger().groups(reports);
            assertThat(groups.stream().map(EventMerger.Merged::event).toList()).as("seed " + seed).isEqualTo(pairwise(reports));
            // The reports made up must exercise the merging: many merged events, some with an undated report.
            assertThat(groups).as("seed " + seed).hasSizeLessThan(reports.size() * 9 / 10)
                .anySatisfy(g -> assertThat(g.reports()).hasSizeGreaterThan(1).anyMatch(r -> r.date() == null));
        }
    }

    /** The merge by definition: each report joins the latest-formed event {@code same} accepts. */
    private static List<Event> pairwise(List<Event> events) {
        List<Event> sorted = new java.util.ArrayList<>(events);
        sorted.sort(EventMerger.ORDER);
        List<Event> out = new java.util.ArrayList<>();
        for (Event e : sorted) {
            int target = -1;
            for (int i = out.size() - 1; i >= 0 && target < 0; i--) {
                if (EventMerger.same(out.get(i), e)) {
                    target = i;
                }
            }
            if (target < 0) {
                out.add(e);
            } else {
                out.set(target, EventMerger.combine(out.get(target), e));
            }
        }
        out.sort(java.util.Comparator.comparing(Event::id));
        return out;
    }
}
