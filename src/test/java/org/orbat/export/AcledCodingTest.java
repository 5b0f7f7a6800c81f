package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.ActorKind;
import org.orbat.model.Event;
import org.orbat.model.EventType;

class AcledCodingTest {

    private static Event event(EventType type, String sentence) {
        return new Event("e", type, ExportFixtures.day(2015, 3, 1), null, List.of("a"), List.of(), null,
            List.of(ExportFixtures.evidence("doc", sentence, null)));
    }

    private static AcledCoding.Code code(EventType type, String sentence, ActorKind initiator) {
        return AcledCoding.of(event(type, sentence), initiator);
    }

    @Test
    void codesCaptureByStateForceAsGovernmentRegainingTerritory() {
        assertThat(code(EventType.TERRITORY_CAPTURE, "The army retook the town.", ActorKind.STATE_FORCE))
            .isEqualTo(new AcledCoding.Code("Battles", "Government regains territory"));
    }

    @Test
    void codesCaptureByArmedGroupAsNonStateActorOvertakingTerritory() {
        assertThat(code(EventType.TERRITORY_CAPTURE, "Rebels seized the town.", ActorKind.GROUP).subEventType())
            .isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void codesRemoteViolenceByTheWeaponTheSentenceNames() {
        assertThat(code(EventType.REMOTE_VIOLENCE, "A drone hit the convoy.", null).subEventType()).isEqualTo("Air/drone strike");
        assertThat(code(EventType.REMOTE_VIOLENCE, "Regime helicopters dropped barrel bombs.", null).subEventType())
            .isEqualTo("Air/drone strike");
        assertThat(code(EventType.REMOTE_VIOLENCE, "Mortar rounds fell on the market.", null).subEventType())
            .isEqualTo("Shelling/artillery/missile attack");
        assertThat(code(EventType.REMOTE_VIOLENCE, "An IED exploded under the bus.", null).subEventType())
            .isEqualTo("Remote explosive/landmine/IED");
        assertThat(code(EventType.REMOTE_VIOLENCE, "The town was hit again.", null).subEventType())
            .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void doesNotReadAnAirportAsAnAirStrike() {
        assertThat(code(EventType.REMOTE_VIOLENCE, "Rockets hit the airport.", null).subEventType())
            .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void codesAbductionByArmedGroupAsViolenceAgainstCivilians() {
        assertThat(code(EventType.ARREST_ABDUCTION, "Gunmen kidnapped a journalist.", ActorKind.GROUP))
            .isEqualTo(new AcledCoding.Code("Violence against civilians", "Abduction/forced disappearance"));
    }

    @Test
    void codesOrganisationalEventsAsStrategicDevelopments() {
        assertThat(code(EventType.FORMATION, "They formed a new brigade.", ActorKind.GROUP).subEventType())
            .isEqualTo("Headquarters or base established");
        assertThat(code(EventType.DISBANDING, "The group dissolved.", ActorKind.GROUP).eventType())
            .isEqualTo("Strategic developments");
        assertThat(code(EventType.VIOLENCE_AGAINST_CIVILIANS, "They shot civilians.", ActorKind.GROUP))
            .isEqualTo(new AcledCoding.Code("Violence against civilians", "Attack"));
    }
}
