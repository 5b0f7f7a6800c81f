package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Stance;

/** Events from sentences written for these tests, through the real pipeline. */
class EventExtractionTest {

    private static List<Event> events(String text, String published) {
        return Extraction.of(text, published).events();
    }

    private static Event only(List<Event> events, EventType type) {
        assertThat(events).as("events").anySatisfy(e -> assertThat(e.type()).isEqualTo(type));
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anAirStrikeWithItsActorPlaceDateTollAndSource() {
        Event e = only(events("Russian warplanes struck the town of Saraqeb on Monday, killing 12 civilians, "
            + "the Syrian Observatory for Human Rights said.", "2016-08-03"), EventType.REMOTE_VIOLENCE);
        assertThat(e.actors()).as("a state's strike is coded to its air arm").contains("russian-aerospace-forces");
        assertThat(e.locations()).extracting(Place::admin1).contains("Idlib");
        assertThat(e.date().iso()).isEqualTo("2016-08-01");
        assertThat(e.fatalities()).isEqualTo(12);
        assertThat(e.evidence()).extracting(Evidence::reportedBy).containsExactly("Syrian Observatory for Human Rights");
    }

    @Test
    void aBattleBetweenTwoGroups() {
        Event e = only(events("Jaysh al-Islam fought the Islamic State in Eastern Ghouta in April 2015.", "2015-06-01"), EventType.BATTLE);
        assertThat(e.actors()).containsExactly("jaysh-al-islam", "islamic-state");
        assertThat(e.date().iso()).isEqualTo("2015-04");
    }

    @Test
    void aCaptureOfATown() {
        Event e = only(events("Hay'at Tahrir al-Sham captured Khan Sheikhoun on Saturday.", "2024-11-30"), EventType.TERRITORY_CAPTURE);
        assertThat(e.actors()).containsExactly("hayat-tahrir-al-sham");
        assertThat(e.locations()).extracting(Place::admin1).contains("Idlib");
        assertThat(e.date().iso()).isEqualTo("2024-11-30");
    }

    @Test
    void anExecutionIsViolenceAgainstCivilians() {
        Event e = only(events("Islamic State militants executed 20 men in the amphitheatre of Palmyra.", "2015-07-05"),
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).contains("islamic-state");
        assertThat(e.fatalities()).isEqualTo(20);
    }

    @Test
    void anArrest() {
        only(events("Hay'at Tahrir al-Sham arrested three activists in Idlib on Sunday.", "2019-03-05"), EventType.ARREST_ABDUCTION);
    }

    @Test
    void aDisbanding() {
        Event e = only(events("The Hazm Movement said on Sunday that it had dissolved itself.", "2015-03-02"), EventType.DISBANDING);
        assertThat(e.actors()).contains("hazm-movement");
    }

    @Test
    void aFormation() {
        only(events("The National Front for Liberation was formed in Idlib in May 2018.", "2018-06-01"), EventType.FORMATION);
    }

    @Test
    void aDeclarationOfWar() {
        Event e = only(events("Jabhat al-Nusra declared war on the Syria Revolutionaries Front.", "2014-10-28"), EventType.DECLARATION);
        assertThat(e.actors()).startsWith("nusra-front");
    }

    @Test
    void anAgreement() {
        only(events("Russia and Turkey signed a ceasefire agreement for Idlib in March 2020.", "2020-03-06"), EventType.AGREEMENT);
    }

    @Test
    void aDeniedCaptureProducesNoCapture() {
        List<Event> es = events("The army denied that Hay'at Tahrir al-Sham had captured Morek.", "2024-11-30");
        assertThat(es).noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURE);
    }

    @Test
    void aHedgedCaptureIsClaimed() {
        Event e = only(events("Hay'at Tahrir al-Sham reportedly captured the town of Saraqeb.", "2020-02-01"), EventType.TERRITORY_CAPTURE);
        assertThat(e.evidence()).extracting(Evidence::stance).containsExactly(Stance.CLAIMED);
    }

    @Test
    void aClaimThenADenialKeepsBothOnOneDisputedEvent() {
        Event e = only(events("Hay'at Tahrir al-Sham said it had captured Morek on Friday. "
            + "The Syrian government denied that Morek had been captured.", "2024-11-30"), EventType.TERRITORY_CAPTURE);
        assertThat(e.evidence()).extracting(Evidence::stance).containsExactly(Stance.DISPUTED, Stance.DENIED);
    }

    @Test
    void aTollInTheNextSentenceJoinsTheEvent() {
        Event e = only(events("Government forces shelled the town of Douma on Tuesday. "
            + "At least 25 people were killed, including six children, activists said.", "2018-02-21"), EventType.REMOTE_VIOLENCE);
        assertThat(e.fatalities()).isEqualTo(25);
        assertThat(e.evidence()).hasSize(2);
    }

    @Test
    void aBackerNamedInPassingIsNotAParty() {
        Event e = only(events("The US-backed Syrian Democratic Forces captured the town of Tabqa on Thursday.", "2017-05-12"),
            EventType.TERRITORY_CAPTURE);
        assertThat(e.actors()).containsExactly("syrian-democratic-forces");
        Event f = only(events("Rebels backed by Turkey captured the town of Azaz on Monday.", "2016-05-03"), EventType.TERRITORY_CAPTURE);
        assertThat(f.actors()).doesNotContain("turkey");
    }

    @Test
    void aGovernmentThatFightsIsCodedAsItsArmedForces() {
        Event e = only(events("The Assad regime attacked rebel positions in Daraa on Sunday.", "2018-06-25"), EventType.BATTLE);
        assertThat(e.actors()).contains("syrian-arab-army").doesNotContain("syrian-government");
    }

    @Test
    void theRegimeOfASyrianReportActsThroughItsArmy() {
        Event e = only(events("The regime shelled the village of Kafr Nabl in Idlib on Tuesday.", "2016-05-04"),
            EventType.REMOTE_VIOLENCE);
        assertThat(e.actors()).contains("syrian-arab-army");
    }

    @Test
    void twoActsSetSideBySideByWhileAreTwoEvents() {
        List<Event> es = events("Rebels shelled the airport of Hama, while the army captured the village of Morek on Friday.",
            "2017-04-02");
        assertThat(es).extracting(Event::type).contains(EventType.REMOTE_VIOLENCE, EventType.TERRITORY_CAPTURE);
        Event capture = only(es, EventType.TERRITORY_CAPTURE);
        assertThat(capture.actors()).contains("syrian-arab-army");
    }

    @Test
    void aGroupMergedIntoAnotherIsDisbanded() {
        Event e = only(events("Jaysh al-Islam merged into the National Front for Liberation in May 2018.", "2018-06-01"),
            EventType.DISBANDING);
        assertThat(e.actors()).contains("jaysh-al-islam");
    }

    @Test
    void aYearInARelativeClauseDoesNotDateTheAct() {
        Event e = only(events("Warplanes bombed the stadium of Saraqeb which was built in 1987.", "2016-08-03"),
            EventType.REMOTE_VIOLENCE);
        assertThat(e.date().iso()).startsWith("2016");
    }

    @Test
    void anOpeningItStandsForThePreviousSentencesSubject() {
        List<Event> es = events("Jaysh al-Islam announced on Monday that anyone helping the Islamic State would be hunted down. "
            + "It also threatened the Levant Front with war.", "2016-03-09");
        Event e = es.stream().filter(x -> x.evidence().stream().anyMatch(ev -> ev.text().startsWith("It also")))
            .findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(EventType.DECLARATION);
        assertThat(e.actors()).contains("jaysh-al-islam");
    }

    @Test
    void aLeadersMenActAsWhatHeLedThatDay() {
        Event e = only(events("Nasrallah's fighters attacked rebel positions near Zabadani on Monday.", "2016-07-06"), EventType.BATTLE);
        assertThat(e.actors()).contains("hezbollah");
        Event f = only(events("Assads forces attacked rebel positions near Douma on Monday.", "2018-02-21"), EventType.BATTLE);
        assertThat(f.actors()).as("a government's men are its forces").contains("syrian-arab-army");
        Event g = only(events("Alloush's fighters attacked army positions near Douma on Monday.", "2018-02-21"), EventType.BATTLE);
        assertThat(g.actors()).as("he died in 2015").doesNotContain("jaysh-al-islam");
    }
}
