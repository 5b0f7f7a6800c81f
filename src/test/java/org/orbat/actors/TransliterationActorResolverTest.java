package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationActorResolverTest {
    private static final TransliterationActorResolver RESOLVER = TransliterationActorResolver.loadDefault();

    private static String idOf(String name) {
        return RESOLVER.resolve(name).map(r -> r.actor().id()).orElse("-");
    }

    private static String ruleOf(String name) {
        return RESOLVER.resolve(name).map(Resolution::rule).orElse("-");
    }

    @Test
    void resolvesHarkatHazmToHazmMovement() {
        assertThat(idOf("Harkat Hazm")).isEqualTo("hazm-movement");
        assertThat(ruleOf("Harkat Hazm")).isEqualTo("spelling rule");
    }

    @Test
    void resolvesHazmPartyThroughItsDesignator() {
        assertThat(idOf("Hazm Party")).isEqualTo("hazm-movement");
        assertThat(ruleOf("Hazm Party")).isEqualTo("designator");
        assertThat(idOf("Hazzm Party")).isEqualTo("hazm-movement");
    }

    @Test
    void namesTheExactRuleForTheCanonicalName() {
        assertThat(ruleOf("Hazm Movement")).isEqualTo("exact");
        assertThat(ruleOf("Harakat Hazm")).isEqualTo("registry");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // vowel classes, doubled consonants, ta marbuta, article assimilation
        "Jaish al Islam|jaysh-al-islam",
        "Jeish al-Islam|jaysh-al-islam",
        "Jaych al-Islam|jaysh-al-islam",
        "Failaq al Rahman|faylaq-al-rahman",
        "Feylaq ar-Rahman|faylaq-al-rahman",
        "Ahrar ash-Sham|ahrar-al-sham",
        "Ahrar es-Sham|ahrar-al-sham",
        "Hay'at Tahrir al-Sham|hayat-tahrir-al-sham",
        "Hayat Tahrir al Sham|hayat-tahrir-al-sham",
        "Hayat Tahrir-al-Sham|hayat-tahrir-al-sham",
        "Hay’at Tahrir ash-Sham|hayat-tahrir-al-sham",
        "Hayʾat Taḥrīr al-Shām|hayat-tahrir-al-sham",
        "Daish|islamic-state",
        "Da’esh|islamic-state",
        "Jabhat Fateh al-Sham|jabhat-fatah-al-sham",
        "Jabhat Fatah al Sham|jabhat-fatah-al-sham",
        "Jebhat Fath al-Sham|jabhat-fatah-al-sham",
        "Hurras ad-Din|hurras-al-din",
        "Hurras al-Deen|hurras-al-din",
        "Kata'ib Hizballah|kataib-hezbollah",
        "Kataeb Hezbollah|kataib-hezbollah",
        "Hizbullah|hezbollah",
        "Hezbullah|hezbollah",
        "Asaib Ahl al-Haq|asaib-ahl-al-haq",
        "Asa’ib Ahl al-Haqq|asaib-ahl-al-haq",
        "Harakat Nur al-Din al-Zinki|nour-al-din-al-zenki",
        "Harakat Nour ad-Din az-Zengi|nour-al-din-al-zenki",
        "Zinki|nour-al-din-al-zenki",
        "Jabhat al-Nusrah|nusra-front",
        "Jebhat an-Nusra|nusra-front",
        "al-Nusrah Front|nusra-front",
        "Jabha al-Nusra|nusra-front",
        "Jaysh al Fatah|jaysh-al-fateh",
        "Jaish al-Fath|jaysh-al-fateh",
        "Liwa Fatimiyoun|liwa-fatemiyoun",
        "Liwa Zaynabiyoun|liwa-zainabiyoun",
        "Harakat al-Nujabaa|harakat-al-nujaba",
        "al-Qa'idah|al-qaeda",
        "Al Kaida|al-qaeda",
        "Abu Mohamed al-Jolani|abu-mohammad-al-golani",
        "Mohammed al-Jawlani|abu-mohammad-al-golani",
        "Abu Bakr al-Baghdady|abu-bakr-al-baghdadi",
        "Sami al-Oraydi|sami-al-aridi",
        "Jamaal Ma'rouf|jamal-maarouf",
        "Abu Isa al-Maqdisi|-",
        "Ayman al-Dhawahiri|ayman-al-zawahiri",
        "Recep Tayyip Erdoğan|recep-tayyip-erdogan",
        "Suheil al-Hasan|suhail-al-hassan",
        "Hassan Nasrullah|hassan-nasrallah",
        "Sultan Mourad Division|sultan-murad-division",
        "Tiger Force|tiger-forces",
        "Peshmerga|peshmerga",
        "Turkiye|turkey",
        "Türkiye|turkey",
        "Issa|-",
        "Ahrar al-Sharq|-",
    })
    void resolvesSpellingVariantsToTheirActor(String name, String id) {
        assertThat(idOf(name)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "جبهة النصرة|nusra-front",
        "جبهه النصره|nusra-front",
        "هيئة تحرير الشام|hayat-tahrir-al-sham",
        "جيش الإسلام|jaysh-al-islam",
        "جيش الاسلام|jaysh-al-islam",
        "حزب الله|hezbollah",
        "داعش|islamic-state",
        "الدولة الاسلامية|islamic-state",
        "جَيْشُ الإِسْلَامِ|jaysh-al-islam",
        "جيـــش الإسلام|jaysh-al-islam",
    })
    void resolvesArabicScriptWithLetterVariantsAndHarakat(String name, String id) {
        assertThat(idOf(name)).isEqualTo(id);
    }

    @Test
    void treatsAbbreviationsCaseSensitively() {
        assertThat(idOf("IS")).isEqualTo("islamic-state");
        assertThat(idOf("is")).isEqualTo("-");
        assertThat(idOf("US")).isEqualTo("united-states");
        assertThat(idOf("U.S.")).isEqualTo("united-states");
        assertThat(idOf("us")).isEqualTo("-");
        assertThat(ruleOf("HTS")).isEqualTo("abbreviation");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // acronyms of the Arabic names, as Arabic-language reporting and ACLED's actor list write them
        "QSD|syrian-democratic-forces",
        "JWS|syrian-national-army",
        "QDW|national-defence-forces",
    })
    void resolvesAcronymsOfTheArabicName(String name, String id) {
        assertThat(idOf(name)).isEqualTo(id);
        assertThat(idOf(name.toLowerCase())).isEqualTo("-");
    }

    @Test
    void resolvesIslamicStateGroupToIslamicStateButNotIslamicMovement() {
        assertThat(idOf("Islamic State group")).isEqualTo("islamic-state");
        assertThat(idOf("Islamic Movement")).isEqualTo("-");
        assertThat(idOf("Islamic Group")).isEqualTo("-");
    }

    @Test
    void resolvesNusraThroughEveryDesignatorForm() {
        assertThat(idOf("Nusra Front")).isEqualTo("nusra-front");
        assertThat(idOf("Jabhat al-Nusra")).isEqualTo("nusra-front");
        assertThat(idOf("al-Nusrah Front")).isEqualTo("nusra-front");
        assertThat(idOf("Nusra")).isEqualTo("nusra-front");
        assertThat(idOf("Nusra group")).isEqualTo("nusra-front");
        assertThat(idOf("Nusra fighters")).isEqualTo("nusra-front");
    }

    @Test
    void resolvesCoderConventionsToTheSyrianArabArmy() {
        assertThat(idOf("government forces")).isEqualTo("syrian-arab-army");
        assertThat(ruleOf("pro-government forces")).isEqualTo("convention");
        assertThat(idOf("Assad regime")).isEqualTo("syrian-government");
    }

    @Test
    void resolvesNothingForBlankOrUnknownNames() {
        assertThat(RESOLVER.resolve("  ")).isEqualTo(Optional.empty());
        assertThat(idOf("Liwa Nusur al-Badiya")).isEqualTo("-");
        assertThat(idOf("Aleppo")).isEqualTo("-");
    }
}
