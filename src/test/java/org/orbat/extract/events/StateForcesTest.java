package org.orbat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orbat.actors.TransliterationActorResolver;

class StateForcesTest {
    private static final StateForces FORCES = new StateForces(TransliterationActorResolver.loadDefault());
    private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 1);

    @Test
    void codesAnyStateNamedAsActorToItsMilitary() {
        assertThat(FORCES.forcesOf("mali", false)).isEqualTo("military-forces-of-mali");
        assertThat(FORCES.forcesOf("syria", true)).isEqualTo("syrian-arab-air-force");
    }

    @Test
    void aStateShellingFromTheGroundIsItsGroundForcesNotItsAirArm() {
        assertThat(FORCES.forcesOf("syria", false)).isNotEqualTo(FORCES.forcesOf("syria", true));
        assertThat(FORCES.forcesOf("turkey", false)).isEqualTo("turkish-armed-forces");
    }

    @Test
    void findsTheForcesOfTheCountryAnEventHappenedIn() {
        assertThat(FORCES.militaryOf("MM", MAY_2022)).contains("military-forces-of-myanmar");
        assertThat(FORCES.genericForce("the military", "SS", MAY_2022)).contains("military-forces-of-south-sudan");
        assertThat(FORCES.genericForce("Police", "KE", MAY_2022)).contains("police-forces-of-kenya");
        assertThat(FORCES.genericForce("the convoy", "KE", MAY_2022)).isEmpty();
    }

    @Test
    void givesAfghanistansForcesOfTheReportsPeriod() {
        assertThat(FORCES.militaryOf("AF", LocalDate.of(2019, 9, 23))).contains("military-forces-of-afghanistan");
        assertThat(FORCES.militaryOf("AF", MAY_2022)).contains("military-forces-of-afghanistan-2021");
        assertThat(FORCES.forcesOf("afghanistan", false, MAY_2022)).isEqualTo("military-forces-of-afghanistan-2021");
    }
}
