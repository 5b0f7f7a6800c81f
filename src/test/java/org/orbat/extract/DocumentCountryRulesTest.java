package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;

/**
 * A report that places nothing the gazetteer knows still happened in a country: its country names,
 * its nationalities and, last, its outlet's country name the state forces and generic actors, as the
 * ACLED codebook names them. Sentences written for these tests, through the real pipeline.
 */
class DocumentCountryRulesTest {

    private static List<Event> events(String text, String outlet) {
        return Extraction.of(text, "2022-05-20", outlet).events();
    }

    private static List<String> actors(List<Event> events) {
        return events.stream().flatMap(e -> e.actors().stream()).toList();
    }

    @Test
    void genericPoliceInAReportThatPlacesNothingAreThePoliceOfTheOutletsCountry() {
        List<Event> found = events("Three policemen were hurt in an attack by suspected militants on their post on Sunday.",
            "Evening Courier (Kenya)");
        assertThat(actors(found)).contains("police-forces-of-kenya");
    }

    @Test
    void anOutletNamedByItsNationalityGivesItsCountry() {
        List<Event> found = events("Soldiers killed three militants in an ambush on Monday.", "Kenyan Weekly Review");
        assertThat(actors(found)).contains("military-forces-of-kenya");
    }

    @Test
    void withoutPlaceCountryOrOutletGenericForcesStayUnnamed() {
        List<Event> found = events("Three policemen were hurt in an attack by suspected militants on their post on Sunday.", null);
        assertThat(actors(found)).noneMatch(id -> id.startsWith("police-forces-of"));
    }

    @Test
    void aCountryNamedInTheTextOutvotesTheOutlet() {
        List<Event> found = events("Soldiers killed three militants in an ambush on Monday, the Ugandan defence ministry said. "
            + "Uganda has deployed troops along the border.", "Evening Courier (Kenya)");
        assertThat(actors(found)).contains("military-forces-of-uganda").doesNotContain("military-forces-of-kenya");
    }

    @Test
    void raidersNamedByANationalityAreAnUnidentifiedGroupFromThatCountry() {
        List<Event> found = events("Ethiopian raiders clashed with police on Tuesday.", "Evening Courier (Kenya)");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.side1()).contains("unidentified-armed-group-et");
            assertThat(e.side2()).contains("police-forces-of-kenya");
        });
    }
}
