package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orbat.model.Place;
import org.orbat.testing.HandArticle;

/**
 * Places read in the division a sentence writes after them ("X, Donetsk", "X (Y raion, Donetsk oblast)", "X village in
 * the Idlib countryside"), with sentences written for these tests.
 */
class LocatedPlacesTest {
    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.loadDefault();
    private static final SpanFinder FINDER = new SpanFinder(RESOLVER.gazetteer(), ContextWords.load(), CountryCues.load());

    private static Optional<Place> placeOf(String text, String... sentences) {
        return RESOLVER.resolve(article(sentences)).stream().filter(m -> m.text().startsWith(text))
                .map(PlaceMention::place).findFirst();
    }

    private static Candidate candidate(String text, String sentence) {
        return FINDER.find(article(sentence).sentences().get(0)).stream().filter(c -> c.text().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("No candidate " + text));
    }

    @Test
    void readsAVillageInTheDivisionWrittenAfterItsNameRatherThanABiggerNamesake() {
        Place alone = placeOf("Voskhod", "Ukrainian officials said artillery hit Voskhod overnight.").orElseThrow();
        Place located = placeOf("Voskhod", "Ukrainian officials said artillery hit Voskhod, Donetsk, overnight.").orElseThrow();
        assertThat(alone.admin1()).isNotEqualTo("Donetsk");
        assertThat(located.country()).isEqualTo("UA");
        assertThat(located.admin1()).isEqualTo("Donetsk");
    }

    @Test
    void readsAVillageAsAPlaceWhenItsFirstLevelDivisionComesAfterASmallerOneTheGazetteerLacks() {
        String sentence = "Gunmen burned huts in Zumbarodi ([Makary|PERSON], Logone-et-Chari, Extreme-Nord) on Monday.";
        Place makary = placeOf("Makary", sentence).orElseThrow();
        assertThat(makary.country()).isEqualTo("CM");
        assertThat(makary.admin1()).isEqualTo("Extreme-Nord");
        assertThat(placeOf("Makary", "Gunmen burned huts in Zumbarodi ([Makary|PERSON], Extreme-Nord) on Monday."))
            .as("the division right after it, as before").isPresent();
    }

    @Test
    void doesNotReadAVillageWhoseDivisionAfterTheSmallerOneIsAnotherProvince() {
        assertThat(placeOf("Makary", "Gunmen burned huts in Zumbarodi ([Makary|PERSON], Logone-et-Chari, Adamaoua) on Monday."))
            .isEmpty();
    }

    @Test
    void doesNotReadAVillageListedBeforeADivisionAsLocatedByIt() {
        assertThat(placeOf("Makary", "Herders fled [Makary|PERSON], Zumbarodi and Logone-et-Chari, Extreme-Nord, last week."))
            .isEmpty();
    }

    @Test
    void readsAVillageInTheDivisionsBracketedAfterItRatherThanAForeignCity() {
        Place place = placeOf("Shevchenko", "Shelling damaged houses in Shevchenko (Pokrovsk raion, Donetsk oblast) on Friday.")
                .orElseThrow();
        assertThat(place.country()).isEqualTo("UA");
        assertThat(place.admin1()).isEqualTo("Donetsk");
        assertThat(place.featureClass()).isEqualTo("village");
    }

    @Test
    void findsAMisspeltVillageAmongThePlacesOfTheGovernorateNamedForIt() {
        Place place = placeOf("Berghab", "Government rockets struck Berghab village in the Idlib countryside.").orElseThrow();
        assertThat(place.name()).isEqualTo("Berjhab");
        assertThat(place.admin1()).isEqualTo("Idlib");
    }

    @Test
    void leavesAMisspeltVillageUnplacedWhenNoDivisionIsNamedForIt() {
        assertThat(placeOf("Berghab", "Government rockets struck Berghab village on Sunday.")).isEmpty();
    }

    @Test
    void dropsAVillageWithNoNamesakeInTheGovernorateNamedForIt() {
        String sentence = "Gunmen torched houses in Abkally village in Hama countryside.";
        assertThat(placeOf("Abkally", "Gunmen torched houses in Abkally village.")).isPresent();
        assertThat(placeOf("Abkally", sentence)).isEmpty();
        assertThat(placeOf("Hama", sentence).orElseThrow().admin1()).isEqualTo("Hama");
    }

    @Test
    void readsAPlaceFollowedByACompassPointAsNearThatPlace() {
        Place place = placeOf("Garissa", "Police officers were injured when gunmen attacked a camp in Garissa North.")
                .orElseThrow();
        assertThat(place.country()).isEqualTo("KE");
        assertThat(place.precision()).isEqualTo("near");
    }

    @Test
    void linksANameToTheDivisionsWrittenAfterIt() {
        String sentence = "Shelling damaged houses in Shevchenko (Pokrovsk raion, Donetsk oblast) on Friday.";
        List<Integer> containers = candidate("Shevchenko", sentence).containers();
        assertThat(containers).containsExactly(candidate("Pokrovsk", sentence).tokenBegin(),
                candidate("Donetsk", sentence).tokenBegin());
        assertThat(candidate("Voskhod", "Artillery hit Voskhod, Donetsk, overnight.").containers()).hasSize(1);
    }

    @Test
    void doesNotTakeAListOfPlacesForALocation() {
        assertThat(candidate("Kharkiv", "Strikes hit Kharkiv, Donetsk and Odesa on Monday.").containers()).isEmpty();
        assertThat(candidate("Lviv", "Strikes hit Lviv (Kharkiv, Donetsk and Odesa) on Monday.").containers()).isEmpty();
    }

    @Test
    void findsSpellingsOfOneNameWithinADivisionOnly() {
        Gazetteer gazetteer = RESOLVER.gazetteer();
        assertThat(gazetteer.findKey(PlaceNames.key("Berghab"))).isEmpty();
        assertThat(gazetteer.findInDivision(PlaceNames.key("Berghab"), "SY", "Idlib")).extracting(GazetteerPlace::name)
                .containsExactly("Berjhab");
        assertThat(gazetteer.findInDivision(PlaceNames.key("Berghab"), "SY", "Daraa")).isEmpty();
    }

    @Test
    void countsSpellingsCloseWhenTheyDifferInVowelsAndOneConsonantAtMost() {
        assertThat(PlaceNames.closeness("berghab", "berjhab")).isEqualTo(1);
        assertThat(PlaceNames.closeness("kafr aziba", "kafraziba")).isZero();
        assertThat(PlaceNames.closeness("berghab", "bozmar")).isEqualTo(Integer.MAX_VALUE);
        assertThat(PlaceNames.closeSpellings("abin", 1)).isTrue();
        assertThat(PlaceNames.closeSpellings("abin", 2)).isFalse();
    }
}
