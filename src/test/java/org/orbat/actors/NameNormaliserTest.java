package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {
    private static final NameNormaliser NORMALISER = NameNormaliser.standard();

    private static String key(String name) {
        return NORMALISER.key(name);
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "Hazzm|Hazm|doubled consonants collapse",
        "Issa|Isa|doubled consonants collapse",
        "Nour|Nur|ou and u are one vowel class",
        "Deen|Din|ee and i are one vowel class",
        "Noor|Nur|oo and u are one vowel class",
        "Nusrah|Nusra|final -ah is ta marbuta",
        "Fatemeh|Fatima|final -eh is ta marbuta",
        "Jabhat|Jabha|construct-state -at is ta marbuta",
        "Jebhat|Jabhet|vowel class",
        "Qaida|Kaida|q and k",
        "Zawahiri|Dhawahiri|dh and z",
        "Jaych|Jaysh|French ch and sh",
        "Sheikh|Shaykh|spelling family",
        "Harkat|Harakah|spelling family",
        "Mehmet|Mohammed|spelling family",
        "Zengi|Zinki|spelling family",
        "Abdul Rahman|Abd al-Rahman|spelling family and article",
        "Jaish|Jeish|ai, ei and ay close the syllable",
        "Jawlani|Julani|aw closes the syllable",
        "Liwa|Liva|v and w",
        "Faruq|Farouk|q, k and vowel class",
        "Hay'at|Hayat|apostrophe deleted",
        "Hay’at|Hayʾat|apostrophe, hamza and ayn signs deleted",
        "Taḥrīr|Tahrir|diacritics stripped",
        "Ahrar ash-Sham|Ahrar al-Sham|sun-letter article",
        "Hurras ad-Din|Hurras al Din|sun-letter article",
        "al-Nusra|Nusra|article dropped",
        "the Levant Front|Levant Front|the dropped",
        "Muhajireen wal-Ansar|Muhajireen wa al-Ansar|connector dropped",
        "Hazm’s|Hazm|possessive dropped",
        "Tahrir-al-Sham|Tahrir al Sham|hyphens split tokens",
        "الإسلام|اسلام|alef variants and article",
        "النصرة|نصره|ta marbuta and article",
        "مصطفى|مصطفي|alef maqsura",
        "جَيْش|جيش|harakat",
    })
    void unifiesSpellingsByRule(String one, String other, String rule) {
        assertThat(key(one)).as(rule).isEqualTo(key(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
        "Mujahideen|Muhajireen",
        "Islam|Salam",
        "Ansar|Nusra",
        "Ahrar|Hurras",
        "Hazm|Hamza",
        "Fath|Fatah Halab",
        "Sham|Shamiyya",
        "Rudaw|Radio",
        "Nigerien|Nigerian",
        "Cameroon|Comoran",
        "Maldivian|Moldovan",
    })
    void keepsDifferentConsonantSkeletonsApart(String one, String other) {
        assertThat(key(one)).isNotEqualTo(key(other));
    }

    @Test
    void keepsALoneArticleOnlyWhenAsked() {
        assertThat(NORMALISER.tokenKeys("al")).containsExactly("al");
        assertThat(NORMALISER.tokenKeys("al", false)).isEmpty();
    }

    @Test
    void keepsDigitsInNumberedUnits() {
        assertThat(key("46th Brigade")).startsWith("46th ");
    }

    /** Regression: Jazzer finding (NameNormaliserFuzzTestInputs/keyOfKeyIsKey/arabic-article-before-latin). */
    @Test
    void keepsTheArabicArticleBeforeALatinLetterSoTheKeyIsItsOwnKey() {
        String key = key("\u0627\u0644Xme");

        assertThat(key).isEqualTo("\u0627\u0644xme");
        assertThat(key(key)).isEqualTo(key);
    }

    @Test
    void dropsARepeatedArabicArticleInOnePass() {
        String key = key("\u0627\u0644\u0627\u0644\u0633\u0644\u0627\u0645");

        assertThat(key).isEqualTo("\u0633\u0644\u0627\u0645");
        assertThat(key(key)).isEqualTo(key);
    }

    /** Regression: Jazzer finding (NameNormaliserFuzzTestInputs/keyOfKeyIsKey/skeleton-aw-before-consonant). */
    @Test
    void normalisingAKeyAgainChangesNothingWhenAWFollowsAClosingY() {
        String key = key("Jaywsh");

        assertThat(key).isEqualTo(key("Jaysh"));
        assertThat(key(key)).isEqualTo(key);
    }

    /** Found with the finding above by trying every short token: "ddj" keyed to "dj", then to "j". */
    @Test
    void normalisingAKeyAgainChangesNothingAfterADoubledDBeforeJ() {
        String key = key("Haddjar");

        assertThat(key).isEqualTo(key("Hadjar")).isEqualTo(key("Hajar"));
        assertThat(key(key)).isEqualTo(key);
    }

    /** Regression: Jazzer finding (NameNormaliserFuzzTestInputs/keyOfKeyIsKey/lone-articles-with-the). */
    @Test
    void normalisingAKeyAgainChangesNothingForANameOfOnlyArticles() {
        String key = key("The al-");

        assertThat(key).isEqualTo(key("The"));
        assertThat(key(key)).isEqualTo(key);
        assertThat(key("al wa")).isEqualTo("al wa");
    }

    @Test
    void foldsCapitalLetterVariantsLikeTheirLowerCase() {
        assertThat(key("\u0141ukasz")).isEqualTo(key("\u0142ukasz")).isEqualTo(key("Lukasz"));
        assertThat(key(key("\u0141ukasz"))).isEqualTo(key("\u0141ukasz"));
    }
}
