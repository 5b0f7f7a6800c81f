package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Place;
import org.orbat.testing.HandArticle;

class GazetteerPlaceResolverTest {
    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.loadDefault();

    private static List<PlaceMention> resolve(String... sentences) {
        return RESOLVER.resolve(HandArticle.of(sentences).taggedAsProperNouns().build());
    }

    private static Place only(String... sentences) {
        List<PlaceMention> mentions = resolve(sentences);
        assertThat(mentions).hasSize(1);
        return mentions.get(0).place();
    }

    @Test
    void resolvesMiznazAndMeznazToTheSamePlace() {
        Place meznaz = only("Rebels pulled back from Meznaz after two days.");
        Place miznaz = only("Rebels pulled back from Miznaz after two days.");
        assertThat(meznaz).isEqualTo(miznaz);
        assertThat(meznaz.admin1()).isEqualTo("Aleppo");
    }

    @Test
    void resolvesBase46SpellingsToOneMilitaryBaseInAleppo() {
        Place base = only("The group lost Base 46 on Saturday.");
        assertThat(only("The group lost Regiment 46 on Saturday.")).isEqualTo(base);
        assertThat(only("The group lost the 46th Brigade on Saturday.")).isEqualTo(base);
        assertThat(base.featureClass()).isEqualTo("military_base");
        assertThat(base.admin1()).isEqualTo("Aleppo");
    }

    @Test
    void resolvesNayrabAirbaseInAleppo() {
        Place nayrab = only("Shells fell on Nayrab Airbase overnight.");
        assertThat(nayrab.featureClass()).isEqualTo("military_base");
        assertThat(nayrab.admin1()).isEqualTo("Aleppo");
    }

    @Test
    void resolvesPalmyraToTadmorInHoms() {
        Place palmyra = only("The ruins of Palmyra were damaged again.");
        assertThat(palmyra.name()).isEqualTo("Tadmor");
        assertThat(palmyra.admin1()).isEqualTo("Homs");
        assertThat(palmyra.precision()).isEqualTo("exact");
    }

    @Test
    void resolvesManbijToMenbij() {
        Place manbij = only("Manbij was quiet on Tuesday.");
        assertThat(manbij.name()).isEqualTo("Menbij");
        assertThat(manbij.admin1()).isEqualTo("Aleppo");
    }

    @Test
    void choosesTheNamesakeInTheArticlesGovernorate() {
        // OCHA has a village called Hadar in Quneitra and a Hama village named Suran as well as two in Aleppo.
        List<PlaceMention> inHama = resolve("Clashes went on in Hama province.", "Shells hit the village of Suran.");
        List<PlaceMention> inAleppo = resolve("Clashes went on in Aleppo province near Azaz.",
                "Shells hit the village of Suran.");
        assertThat(inHama).last().extracting(m -> m.place().admin1()).isEqualTo("Hama");
        assertThat(inAleppo).last().extracting(m -> m.place().admin1()).isEqualTo("Aleppo");
    }

    @Test
    void findsNoPlaceInArmedGroupNames() {
        assertThat(resolve("Ahrar al-Sham and the Levant Front fought the Islamic State.")).isEmpty();
        assertThat(resolve("Jaysh al-Islam rejected the truce offered to Ahrar al Sham.")).isEmpty();
    }

    @Test
    void givesAleppoCountrysideGovernoratePrecision() {
        List<PlaceMention> mentions = resolve("Heavy fighting spread across the Aleppo countryside.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Aleppo countryside");
            assertThat(m.place().precision()).isEqualTo("governorate");
            assertThat(m.place().featureClass()).isEqualTo("governorate");
            assertThat(m.place().admin1()).isEqualTo("Aleppo");
        });
    }

    @Test
    void readsAleppoAloneAsTheCity() {
        Place aleppo = only("Aleppo was shelled at dawn.");
        assertThat(aleppo.featureClass()).isEqualTo("city");
        assertThat(aleppo.precision()).isEqualTo("exact");
    }

    @Test
    void readsDirectionsBeforeAGovernorateSeatAsTheGovernorate() {
        List<PlaceMention> mentions = resolve("Jets struck villages in northern Hama on Monday.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("northern Hama");
            assertThat(m.place().precision()).isEqualTo("governorate");
        });
    }

    @Test
    void marksPlacesAfterNearAsNear() {
        Place place = only("A car bomb exploded near Azaz.");
        assertThat(place.name()).isEqualTo("Azaz");
        assertThat(place.precision()).isEqualTo("near");
    }

    @Test
    void resolvesKafarNouranEvenWhenTaggedPerson() {
        List<PlaceMention> mentions = resolve("Fighters overran [Kafar Nouran|PERSON] before noon.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Kafar Nouran");
            assertThat(m.place().admin1()).isEqualTo("Aleppo");
        });
    }

    @Test
    void resolvesVillagesListedAfterAPlace() {
        List<PlaceMention> mentions = resolve("They took Meznaz, [Kafar Nouran|PERSON] and Atarib.");
        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Meznaz", "Kafar Nouran", "Atarib");
    }

    @Test
    void ignoresAVillageNameThatIsPartOfAPersonsName() {
        assertThat(resolve("[Ahmad|PERSON] [Salma|PERSON] spoke to reporters.")).isEmpty();
    }

    @Test
    void resolvesNeighbouringCountryCitiesWithTheirOwnProvince() {
        Place ramadi = only("Iraqi forces retook Ramadi last year.");
        assertThat(ramadi.country()).isEqualTo("IQ");
        assertThat(ramadi.admin1()).isEqualTo("Anbar");
        assertThat(only("Refugees crossed to Kilis.").country()).isEqualTo("TR");
    }

    @Test
    void resolvesPossessivesWithOrWithoutApostrophe() {
        assertThat(only("Syria's Aleppo was hit.").name()).isEqualTo("Aleppo");
        assertThat(only("Residents of Aleppos old city fled.").name()).isEqualTo("Aleppo");
    }

    @Test
    void resolvesRuralDamascusSpellingsToRifDimashq() {
        Place place = only("Shelling hit the Damascus countryside.");
        assertThat(place.admin1()).isEqualTo("Rif Dimashq");
        assertThat(place.precision()).isEqualTo("governorate");
        assertThat(only("Shelling hit Eastern Ghouta.").admin1()).isEqualTo("Rif Dimashq");
    }

    @Test
    void picksTheDominantGovernorateOfAnArticle() {
        List<PlaceMention> mentions = resolve("Strikes hit Idlib province.", "Later, Saraqeb and Binnish were shelled.",
                "A convoy left Aleppo.");
        assertThat(GazetteerPlaceResolver.dominantAdmin1(mentions)).contains("Idlib");
    }

    @Test
    void readsEasternDeirEzzorAsTheGovernorateNotAVillageCalledEasternDeir() {
        List<PlaceMention> mentions = resolve("Strikes hit eastern Deir Ezzor on Friday.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("eastern Deir Ezzor");
            assertThat(m.place().admin1()).isEqualTo("Deir ez-Zor");
            assertThat(m.place().precision()).isEqualTo("governorate");
        });
    }

    @Test
    void readsRuralDamascusAsRifDimashq() {
        assertThat(only("Shells fell on rural Damascus.").admin1()).isEqualTo("Rif Dimashq");
    }
}
