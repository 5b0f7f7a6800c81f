package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookAlikesStayApartTest {
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();

    private static String idOf(String name) {
        return RESOLVER.resolve(name).map(r -> r.actor().id()).orElse("-");
    }

    @Test
    void keepsJayshAlMujahideenApartFromMuhajireen() {
        assertThat(idOf("Jaysh al-Mujahideen")).isEqualTo("jaysh-al-mujahideen");
        assertThat(idOf("Jaish al Muhajireen wal Ansar")).isEqualTo("jaish-al-muhajireen-wal-ansar");
        assertThat(idOf("Mujahideen Army")).isEqualTo("jaysh-al-mujahideen");
        assertThat(idOf("Muhajireen Army")).isEqualTo("jaish-al-muhajireen-wal-ansar");
        assertThat(NameNormaliser.standard().key("Mujahideen")).isNotEqualTo(NameNormaliser.standard().key("Muhajireen"));
    }

    @Test
    void keepsSyrianArabArmyFreeSyrianArmyAndSyrianNationalArmyApart() {
        assertThat(idOf("Syrian Arab Army")).isEqualTo("syrian-arab-army");
        assertThat(idOf("Syrian Army")).isEqualTo("syrian-arab-army");
        assertThat(idOf("Free Syrian Army")).isEqualTo("free-syrian-army");
        assertThat(idOf("Syrian National Army")).isEqualTo("syrian-national-army");
        assertThat(idOf("Syrian Free Army")).isEqualTo("free-syrian-army");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Islamic State|Islamic Front",
        "Islamic State|Army of Islam",
        "Islamic State|Islamic Caucasus Emirate",
        "Islamic Front|Jaysh al-Islam",
        "Islamic Front|Syrian Islamic Front",
        "Levant Front|Ahrar al-Sham",
        "Levant Front|Jaysh al-Fateh",
        "Jabhat al-Shamiyya|Jabhat al-Nusra",
        "al-Qaeda|Nusra Front",
        "Hay'at Tahrir al-Sham|al-Qaeda",
        "Nusra Front|Hay'at Tahrir al-Sham",
        "Jabhat Fateh al-Sham|Jaysh al-Fateh",
        "Hezbollah|Kata'ib Hezbollah",
        "Faylaq al-Rahman|Faylaq al-Sham",
        "Quds Force|Liwa al-Quds",
        "Ahrar al-Sham|Hurras al-Din",
        "Abu Isa Tabqa|Hazm",
        "Sami al-Aridi|Nusra",
        "Islamic State of Iraq|Islamic State",
        "al-Qaeda in Iraq|al-Qaeda",
        "Syrian National Council|Syrian National Coalition",
        "Syrian Salvation Government|Syrian Interim Government",
        "Abu Bakr al-Baghdadi|Abu Omar al-Baghdadi",
        "Bashar al-Assad|Hafez al-Assad",
        "Russian Aerospace Forces|Russian Armed Forces",
        "Jaysh al-Sunna|Ansar al-Sunna",
        "Ansar al-Islam|Jaysh al-Islam",
        "Liwa al-Islam|Jaysh al-Islam",
    })
    void keepsLookAlikesApart(String one, String other) {
        assertThat(idOf(one)).isNotEqualTo(idOf(other));
    }
}
