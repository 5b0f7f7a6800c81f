package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Place;
import org.orbat.testing.HandArticle;

/**
 * Villages a report names: read whole when CoreNLP splits their hyphens, accepted by the noun after them or the
 * place they are said to lie in, found under OCHA's glued or composite spellings and, as a last resort, by their
 * consonants. Sentences written for these tests.
 */
class VillageReadingTest {
    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.loadDefault();

    private static List<PlaceMention> resolve(String... sentences) {
        return RESOLVER.resolve(article(sentences));
    }

    private static Place placeOf(List<PlaceMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().startsWith(text)).map(PlaceMention::place).findFirst()
                .orElseThrow(() -> new AssertionError("No place for " + text + " in " + mentions));
    }

    @Test
    void readsAHyphenatedNameWholeWhenTheTokenizerSplitsItsHyphens() {
        List<PlaceMention> mentions = RESOLVER.resolve(HandArticle.of(
                "Police arrested three men in Deir-ez-Zor city on Tuesday.").splittingHyphens().build());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.place().country()).isEqualTo("SY");
            assertThat(m.place().admin1()).isEqualTo("Deir ez-Zor");
            assertThat(m.place().featureClass()).isEqualTo("city");
        });
    }

    @Test
    void readsAnAfghanEzafeNameWholeWhenTheTokenizerSplitsItsHyphens() {
        List<PlaceMention> mentions = RESOLVER.resolve(HandArticle.of(
                "Gunmen wounded a shopkeeper in Pul-i-Khumri city, Baghlan.").splittingHyphens().build());
        assertThat(placeOf(mentions, "Pul").admin1()).isEqualTo("Baghlan");
    }

    @Test
    void acceptsAVillageThatTheNounAfterItCallsATown() {
        Place sfuhen = placeOf(resolve("Artillery hit Sfuhen town overnight, residents said."), "Sfuhen");
        assertThat(sfuhen.country()).isEqualTo("SY");
        assertThat(sfuhen.admin1()).isEqualTo("Idlib");
    }

    @Test
    void acceptsAVillageThatTheTextLocatesInAGovernorate() {
        Place maarzaf = placeOf(resolve("Drones struck Maarzaf in rural Idlib before dawn."), "Maarzaf");
        assertThat(maarzaf.admin1()).isEqualTo("Idlib");
    }

    @Test
    void readsTheObjectOfShelledAsAPlaceEvenWhenTaggedPerson() {
        Place maarzaf = placeOf(resolve("Government guns shelled [Maarzaf|PERSON] at dusk.",
                "Residents fled towards the Idlib countryside."), "Maarzaf");
        assertThat(maarzaf.admin1()).isEqualTo("Idlib");
    }

    @Test
    void readsACommonWordAsAVillageWhenTheNounAfterItSaysSo() {
        assertThat(resolve("A mine exploded in the fields near Karama town, Raqqa countryside."))
                .extracting(PlaceMention::text).contains("Karama");
        assertThat(resolve("The council called for karama and justice."))
                .extracting(PlaceMention::text).doesNotContain("karama");
    }

    @Test
    void pinsASyrianGovernorateOnItsSeat() {
        GazetteerPlace hasakeh = Gazetteer.loadDefault().governorate("Hasakeh").orElseThrow();
        GazetteerPlace city = Gazetteer.loadDefault().find("Al-Hasakeh").stream()
                .filter(p -> p.featureClass().equals("city")).findFirst().orElseThrow();
        assertThat(hasakeh.distanceKm(city)).isLessThan(1.0);
    }

    @Test
    void findsAnOchaVillageWrittenWithItsArticleApart() {
        Place orm = placeOf(resolve("Fighters entered the village of Orm al-Joz at noon."), "Orm");
        assertThat(orm.name()).isEqualTo("Orm Eljoz");
    }

    @Test
    void findsEachHalfOfAnOchaCompositeName() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        assertThat(gazetteer.find("Maaret al-Haski")).extracting(GazetteerPlace::country).contains("SY");
        assertThat(gazetteer.find("Khweitleh")).extracting(GazetteerPlace::admin1).contains("Hasakeh");
    }

    @Test
    void findsAVillageSpeltWithOtherVowelsByItsConsonants() {
        Place bazabur = placeOf(resolve("Shells fell on Bazabor village in the Idlib countryside."), "Bazabor");
        assertThat(bazabur.name()).isEqualTo("Bazabur");
        assertThat(bazabur.admin1()).isEqualTo("Idlib");
    }

    @Test
    void leavesANameKnownOnlyByItsConsonantsUnplacedOutsideTheArticlesCountry() {
        List<PlaceMention> mentions = resolve("Taliban fighters raided Bazabor village, officials in Kandahar province said.");
        assertThat(mentions).extracting(PlaceMention::text).noneMatch(t -> t.startsWith("Bazabor"));
    }

    @Test
    void findsAUkrainianVillageOnlyListedInCyrillicByItsOfficialLatinSpelling() {
        Place village = placeOf(resolve("Troops came under fire in Prelesne, Kharkiv, on Sunday."), "Prelesne");
        assertThat(village.country()).isEqualTo("UA");
    }

    @Test
    void readsADoubledSlavicDigraphOnce() {
        assertThat(PlaceNames.key("Zaporizhia")).isEqualTo(PlaceNames.key("Zaporizhzhia"));
    }

    @Test
    void knowsAFirstLevelDivisionByItsOchaName() {
        assertThat(Gazetteer.loadDefault().find("Sud-Ouest")).filteredOn(GazetteerPlace::isGovernorate)
                .extracting(GazetteerPlace::country).contains("CM");
        assertThat(Gazetteer.loadDefault().find("Thi Qar")).filteredOn(GazetteerPlace::isGovernorate)
                .extracting(GazetteerPlace::country).containsOnly("IQ");
    }

    @Test
    void doesNotMatchAShortForeignAlternateForAWordOfAnArabicName() {
        assertThat(Gazetteer.loadDefault().find("Deir")).extracting(GazetteerPlace::country).doesNotContain("HU");
    }
}
