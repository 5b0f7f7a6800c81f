package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;
import org.orbat.model.EventType;

/**
 * Who stands on each side of an agreement, as the ACLED codebook codes it: a surrender between the side
 * that gave up and the authority it gave itself up to, an accord between the parties that signed it; and the
 * state forces and groups such reports name. Sentences written for these tests.
 */
class AgreementSidesTest {

    private static Event agreement(String text) {
        List<Event> events = Extraction.of(text, "2022-03-01").events();
        return events.stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst()
            .orElseThrow(() -> new AssertionError("no agreement in: " + text + " " + events));
    }

    @Test
    void anOfficialsTitleAfterSurrenderedBeforeIsTheCountrysGovernment() {
        Event e = agreement("On 4 March 2022, 50 cadres of the Karbi Liberation Front surrendered before the Assam chief "
            + "minister in Guwahati.");
        assertThat(e.side2()).containsExactly("india");
    }

    @Test
    void governmentOfficialsSurrenderedToAreTheGovernment() {
        Event e = agreement("On 7 March 2022, a rebel area commander surrendered before government officials in Gumla town, "
            + "Jharkhand.");
        assertThat(e.side2()).containsExactly("india");
    }

    @Test
    void aPoliceOfficersOfficeSurrenderedAtIsThePolice() {
        Event e = agreement("On 9 March 2022, two CPI-Maoist cadres surrendered at the Inspector-General's office in Ranchi city, "
            + "Jharkhand.");
        assertThat(e.side1()).containsExactly("cpi-maoist");
        assertThat(e.side2()).containsExactly("police-forces-of-india");
    }

    @Test
    void forcesNamedAfterSurrenderedBeforeAreTheOtherSideAndTheSurrenderingGroupTheFirst() {
        Event e = agreement("On 5 March 2022, a Naxalite commander surrendered before security forces in Sukma district, "
            + "Chhattisgarh.");
        assertThat(e.side1()).containsExactly("cpi-maoist");
        assertThat(e.side2()).containsExactly("military-forces-of-india");
    }

    @Test
    void aSurrenderWithNoAuthorityNamedHasNoSecondSide() {
        Event e = agreement("On 6 March 2022, two CPI-Maoist cadres surrendered after a long siege in Gadchiroli, Maharashtra.");
        assertThat(e.side2()).isEmpty();
    }

    @Test
    void theGovernmentsOfTwoStatesThatSignedAreTheTwoSides() {
        Event e = agreement("On 3 March 2022, the governments of Ghana and Togo signed an accord on border patrols in the Volta area.");
        assertThat(e.side1()).containsExactly("ghana");
        assertThat(e.side2()).containsExactly("togo");
    }

    @Test
    void aCountryAfterAnOfThatIsNoGovernmentsStaysAPlace() {
        List<Event> events = Extraction.of("On 3 March 2022, fishermen of Ghana signed a petition in Accra.", "2022-03-01").events();
        assertThat(events).allSatisfy(e -> assertThat(e.actors()).doesNotContain("ghana"));
    }

    @Test
    void aCentralPoliceForceByItsAbbreviationIsTheCountrysPolice() {
        List<Event> events = Extraction.of("On 8 March 2022, unidentified militants lobbed a grenade at CRPF personnel in Sopore, "
            + "Baramulla district.", "2022-03-01").events();
        assertThat(events).anySatisfy(e -> assertThat(e.side2()).contains("police-forces-of-india"));
    }

    @Test
    void aParamilitaryPoliceUnitByItsNameIsTheCountrysPolice() {
        List<Event> events = Extraction.of("On 9 March 2022, General Service Unit officers arrested five suspects in Garissa, Kenya.",
            "2022-03-01").events();
        assertThat(events).anySatisfy(e -> assertThat(e.side1()).contains("police-forces-of-kenya"));
    }

    @Test
    void securityOfficersQualifiedByANationalityAreThatStatesForces() {
        List<Event> events = Extraction.of("On 9 March 2022, Kenyan security officers arrested 25 fighters of the Oromo Liberation "
            + "Front near Moyale.", "2022-03-01").events();
        assertThat(events).anySatisfy(e -> assertThat(e.side1()).contains("military-forces-of-kenya"));
    }

    @Test
    void militaryOfficersHeldByVillagersAreTheCountrysMilitary() {
        List<Event> events = Extraction.of("On 31 May 2022, in a rural area of Caqueta, Colombia, villagers held six military officers "
            + "as hostages.", "2022-06-01").events();
        assertThat(events).anySatisfy(e -> assertThat(e.actors()).contains("military-forces-of-colombia"));
    }
}
