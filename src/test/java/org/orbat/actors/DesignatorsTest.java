package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignatorsTest {
    private static final NameNormaliser NORMALISER = NameNormaliser.standard();
    private static final Designators DESIGNATORS = new Designators(NORMALISER, SpellingTables.loadDefault());

    private static String core(String name) {
        return DESIGNATORS.core(NORMALISER.key(name)).orElse("-");
    }

    @Test
    void reducesHazmMovementHazmPartyAndHarakatHazmToOneCore() {
        assertThat(core("Hazm Movement")).isEqualTo(NORMALISER.key("Hazm"));
        assertThat(core("Hazm Party")).isEqualTo(NORMALISER.key("Hazm"));
        assertThat(core("Harakat Hazm")).isEqualTo(NORMALISER.key("Hazm"));
    }

    @Test
    void stripsMultiWordDesignators() {
        assertThat(core("Fath al-Mubin Operations Room")).isEqualTo(NORMALISER.key("Fath al-Mubin"));
    }

    @Test
    void findsNoDistinctiveCoreInGenericNames() {
        assertThat(DESIGNATORS.distinctive(core("Islamic Front"))).isFalse();
        assertThat(DESIGNATORS.distinctive(core("Free Syrian Army"))).isFalse();
        assertThat(DESIGNATORS.distinctive(core("Jaysh al-Islam"))).isFalse();
        assertThat(DESIGNATORS.distinctive(core("Nusra Front"))).isTrue();
    }

    @Test
    void leavesANameWithoutDesignatorAlone() {
        assertThat(core("Islamic State")).isEqualTo("-");
        assertThat(core("Movement")).isEqualTo("-");
    }
}
