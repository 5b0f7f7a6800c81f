package org.orbat.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.model.Place;
import org.orbat.testing.HandArticle;

/** Places outside Syria: namesakes chosen by the article's country and divisions, sentences written for these tests. */
class WorldPlacesTest {
    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.loadDefault();

    private static List<PlaceMention> resolve(String... sentences) {
        return RESOLVER.resolve(article(sentences));
    }

    private static Place placeOf(String text, String... sentences) {
        return resolve(sentences).stream().filter(m -> m.text().startsWith(text)).map(PlaceMention::place)
                .findFirst().orElseThrow(() -> new AssertionError("No place for " + text));
    }

    @Test
    void readsNawaInGhazniWhenTheArticleNamesGhazniProvince() {
        Place nawa = placeOf("Nawa", "Taliban fighters attacked a checkpoint in [Nawa|LOCATION] district.",
                "Officials in [Ghazni|LOCATION] province said two guards were wounded.");
        assertThat(nawa.country()).isEqualTo("AF");
        assertThat(nawa.admin1()).isEqualTo("Ghazni");
    }

    @Test
    void readsNawaInHelmandWhenTheArticleNamesHelmand() {
        Place nawa = placeOf("Nawa", "A roadside bomb went off in [Nawa|LOCATION] district on Monday.",
                "The governor of [Helmand|LOCATION] province condemned the attack.");
        assertThat(nawa.country()).isEqualTo("AF");
        assertThat(nawa.admin1()).isEqualTo("Helmand");
    }

    @Test
    void readsNawaInDaraaInASyrianArticle() {
        Place nawa = placeOf("Nawa", "Government artillery shelled [Nawa|LOCATION] overnight.",
                "Rebels in the countryside of [Daraa|LOCATION] returned fire.");
        assertThat(nawa.country()).isEqualTo("SY");
        assertThat(nawa.admin1()).isEqualTo("Daraa");
    }

    @Test
    void readsRamlaInLibyaNearTripoli() {
        Place ramla = placeOf("Ramla", "Rival militias clashed in [Ramla|LOCATION], south-west of [Tripoli|LOCATION], Libyan officials said.");
        assertThat(ramla.country()).isEqualTo("LY");
    }

    @Test
    void readsRamlaInIsraelNearTelAviv() {
        Place ramla = placeOf("Ramla", "A man was stabbed in [Ramla|LOCATION], near [Tel Aviv|LOCATION], police said.");
        assertThat(ramla.country()).isEqualTo("IL");
    }

    @Test
    void readsANamesakeInTheCountryTheOutletNamesWhenTheTextNamesNone() {
        String sentence = "Rioters threw stones at a bank branch in [Tripoli|LOCATION] late on Monday.";
        Place fromLebanon = RESOLVER.resolve(HandArticle.of(sentence).outlet("Cedar Evening Courier (Lebanon)").build())
                .get(0).place();
        assertThat(fromLebanon.country()).isEqualTo("LB");
        Place unknownOutlet = RESOLVER.resolve(HandArticle.of(sentence).outlet("Morning Wire").build()).get(0).place();
        assertThat(unknownOutlet.country()).isEqualTo("LY");
    }

    @Test
    void letsTheTextOutvoteTheOutletsCountry() {
        Place tripoli = RESOLVER.resolve(HandArticle.of("Libyan officials said militias clashed near [Tripoli|LOCATION] airport and in [Misrata|LOCATION].").outlet("Lebanese Daily Review").build()).get(0).place();
        assertThat(tripoli.country()).isEqualTo("LY");
    }

    @Test
    void readsAKnownNameBeforeTheKindOfDivisionAsThatDivisionNotAsAGuessByItsConsonants() {
        // "Lamu County" is no name of its own: before this rule its consonants matched another place, then nothing
        List<PlaceMention> mentions = resolve("Militants overran a police post in [Lamu|CITY] [County|LOCATION] at dawn.");
        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Lamu");
        assertThat(PlaceNames.key(mentions.get(0).place().name())).isEqualTo(PlaceNames.key("Lamu"));
    }

    @Test
    void leavesUnplacedANameWithNoNamesakeInTheArticlesCountry() {
        List<PlaceMention> mentions = resolve("Gunmen attacked a market in [Ramla|LOCATION] on Friday.",
                "Officials in [Kandahar|LOCATION] province said the Afghan police arrested two men.");
        assertThat(mentions).extracting(PlaceMention::text).doesNotContain("Ramla");
        assertThat(mentions).extracting(m -> m.place().country()).containsOnly("AF");
    }

    @Test
    void doesNotReadANameAloneAsATownOnAnotherContinentFromTheArticlesCountry() {
        List<PlaceMention> mentions = resolve("Five soldiers died when [Abbala|PERSON] gunmen ambushed a Sudanese army patrol.");
        assertThat(mentions).as("no town of that name in or next to Sudan").isEmpty();
        List<PlaceMention> liya = resolve("Ethiopia's [Liya|PERSON] police fired on herders at a well.");
        assertThat(liya).isEmpty();
    }

    @Test
    void doesNotLetAForeignTownReadOnItsNameAloneOutvoteAnotherNameReadSo() {
        List<PlaceMention> mentions = resolve("Extreme-Nord officials said [Abbala|PERSON] herders had attacked two farms.",
                "Cameroonian troops were sent to the area.");
        assertThat(mentions).extracting(m -> m.place().name()).containsExactly("Extreme-Nord");
    }

    @Test
    void doesNotLetTheOutletsCountryRuleOutANameReadOnItsNameAlone() {
        List<PlaceMention> mentions = RESOLVER.resolve(HandArticle.of("Extreme-Nord officials said gunmen had attacked two farms.").outlet("Morning Courier (Senegal)").build());
        assertThat(mentions).extracting(m -> m.place().country()).containsExactly("CM");
    }

    @Test
    void readsANameAloneInTheCountryNextToTheOneTheArticleNames() {
        Place manbij = placeOf("Manbij", "Turkish artillery shelled Manbij overnight, a Turkish official said.");
        assertThat(manbij.country()).isEqualTo("SY");
    }

    @Test
    void stillReadsATaggedCityAsTheOnlyPlaceBesideAForeignCountryName() {
        Place sirte = placeOf("Sirte", "The United States struck Islamic State fighters in the city of [Sirte|CITY].");
        assertThat(sirte.country()).isEqualTo("LY");
    }

    @Test
    void fillsAdmin1OfPlacesOutsideSyria() {
        Place maiduguri = placeOf("Maiduguri", "Insurgents fired rockets at [Maiduguri|LOCATION] on Sunday.");
        assertThat(maiduguri.country()).isEqualTo("NG");
        assertThat(maiduguri.admin1()).isEqualTo("Borno");
        Place kabul = placeOf("Kabul", "A bomb exploded in [Kabul|LOCATION] city.");
        assertThat(kabul.admin1()).isEqualTo("Kabul");
        assertThat(kabul.featureClass()).isEqualTo("city");
    }

    @Test
    void readsAProvinceNamedOutrightAtProvincePrecision() {
        Place diyala = placeOf("Diyala", "Militants attacked an army post in [Diyala|LOCATION] on Tuesday, Iraqi officials said.");
        assertThat(diyala.country()).isEqualTo("IQ");
        assertThat(diyala.featureClass()).isEqualTo("governorate");
        assertThat(diyala.geoPrecision()).isEqualTo(3);
    }

    @Test
    void doesNotReadCommonWordsAsForeignTowns() {
        List<PlaceMention> mentions = resolve("Police said the attack in [Kandahar|LOCATION] killed two people.");
        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Kandahar");
    }
    @Test
    void readsAFirstLevelDivisionBeforeStateAsTheDivisionNotAGroupName() {
        Place kachin = placeOf("Kachin", "Troops shelled a village in Kachin State on Monday.");
        assertThat(kachin.country()).isEqualTo("MM");
        assertThat(kachin.featureClass()).isEqualTo("governorate");
        assertThat(resolve("Islamic State fighters ambushed a convoy.")).isEmpty();
    }

    @Test
    void placesTheOnlyCityOfAReportWhoseCountryNamesOnlyTheActor() {
        Place sirte = placeOf("Sirte", "The [United States|COUNTRY] carried out strikes in the city of [Sirte|LOCATION].");
        assertThat(sirte.country()).isEqualTo("LY");
    }

    @Test
    void carriesOchasOfficialAdmin1NameWhereGeoNamesHasAnotherName() {
        Place town = placeOf("Maroua", "Soldiers patrolled the market of [Maroua|LOCATION] after the raid, Cameroonian officials said.");
        assertThat(town.country()).isEqualTo("CM");
        assertThat(town.admin1()).isEqualTo("Extreme-Nord");
    }

    @Test
    void givesAPlaceOfADivisionOchaSplitsThePartItsDistrictBelongsTo() {
        Place town = placeOf("Lashio", "Fighting was reported on the road out of [Lashio|LOCATION], Myanmar media said.");
        assertThat(town.admin1()).isEqualTo("Shan (North)");
    }

    @Test
    void readsAMyanmarTownKnownOnlyFromUcdpEvents() {
        Place town = placeOf("Paletwa", "Hundreds of villagers fled to [Paletwa|LOCATION] town in Myanmar.");
        assertThat(town.country()).isEqualTo("MM");
        assertThat(town.admin1()).isEqualTo("Chin");
    }

    @Test
    void readsAnIraqiSubdistrictGeoNamesHasNoSeatFor() {
        Place subdistrict = placeOf("Jalawla", "A bomb wounded two Iraqi soldiers in [Jalawla|LOCATION] on Sunday.");
        assertThat(subdistrict.country()).isEqualTo("IQ");
        assertThat(subdistrict.admin1()).isEqualTo("Diyala");
    }

    @Test
    void readsTheLastNameInBracketsAfterAPlaceAsTheProvinceItLiesIn() {
        Place division = placeOf("Antioquia", "Gunmen threw a grenade at a police post in Zorbalito (Antioquia) on Monday.");
        assertThat(division.country()).isEqualTo("CO");
        assertThat(division.featureClass()).isEqualTo("governorate");
        assertThat(division.precision()).isEqualTo("governorate");
    }

    @Test
    void keepsATownNamedBeforeTheBracketsAsTheTown() {
        Place town = placeOf("Antioquia", "Farmers marched from Antioquia to the coast (about 40 km) on Monday.");
        assertThat(town.featureClass()).isNotEqualTo("governorate");
    }

    @Test
    void readsTwoNamesOfASentenceInTheCountryWhereTheyLieTogether() {
        // el Mina alone is Minna in Nigeria and Tripoli alone the Libyan capital; together they are Lebanese
        List<PlaceMention> mentions = resolve("Gunmen fired on a patrol in el Mina and later in [Tripoli|LOCATION].");
        assertThat(mentions).extracting(m -> m.place().country()).containsExactly("LB", "LB");
    }

    @Test
    void readsTwoVillagesOfASentenceWhereTheOneWithASingleCountryLies() {
        List<PlaceMention> mentions = resolve("Shepherds from el Marj met traders from Chtaura on Sunday.");
        assertThat(mentions).extracting(m -> m.place().country()).containsExactly("LB", "LB");
        assertThat(mentions.get(0).place().admin1()).isEqualTo("Beqaa");
    }

    @Test
    void readsNoFormerNameOfACityInACommonPhrase() {
        // GeoNames keeps "Molotov" as a former name of Perm; a Molotov cocktail is no place
        assertThat(resolve("Youths threw a Molotov cocktail at the town hall in [Zgharta|LOCATION]."))
                .extracting(PlaceMention::text).containsExactly("Zgharta");
    }

    @Test
    void readsAPersonTaggedVillageFollowedByTheDivisionItLiesIn() {
        Place village = placeOf("Velyka", "Troops entered [Velyka Novosilka|PERSON], Donetsk on Sunday.");
        assertThat(village.country()).isEqualTo("UA");
        assertThat(village.admin1()).isEqualTo("Donetsk");
        assertThat(village.featureClass()).isNotEqualTo("governorate");
    }

    @Test
    void keepsAPersonBeforeADivisionAPerson() {
        assertThat(resolve("Villagers met [Ahmed|PERSON], Donetsk's new governor."))
                .extracting(PlaceMention::text).containsExactly("Donetsk");
    }

    @Test
    void readsTheDivisionWrittenRightAfterAPlaceAsWhereItLies() {
        // Yenisehir alone is the Greek city of Larisa (a former name); followed by Diyarbakir, the Turkish district
        Place place = placeOf("Yenisehir", "Police raided a cafe in [Yenisehir|CITY] [Diyarbakir|LOCATION] on Friday.");
        assertThat(place.country()).isEqualTo("TR");
        assertThat(place.admin1()).isEqualTo("Diyarbakir");
    }

    @Test
    void readsADivisionOfSeveralWordsWrittenRightAfterAPlaceAsWhereItLies() {
        // one entity to the tagger, as news from Mexico writes it ("in Tijuana Baja California"): the town, then its state
        Place place = placeOf("Tijuana", "Two men set a shop on fire in [Tijuana Baja California|LOCATION] on Friday.");
        assertThat(place.country()).isEqualTo("MX");
        assertThat(place.admin1()).isEqualTo("Baja California");
        assertThat(place.precision()).isEqualTo("exact");
    }

    @Test
    void readsADistrictNamedAfterItsSeatInTheSeatsSpellingWithinTheProvinceNamed() {
        // the district centre is "Wor Mamay" in the Afghan list; the note writes the district's name joined
        Place place = placeOf("Wormamay", "Two armed groups clashed in Wormamay district, [Paktika|LOCATION], on Sunday.");
        assertThat(place.name()).isEqualTo("Wor Mamay");
        assertThat(place.admin1()).isEqualTo("Paktika");
    }

    @Test
    void readsADistrictOneLetterOffItsGazetteerSpellingInTheProvinceNamed() {
        // "Karma" is a Belarusian city and a Palestinian village; the district of Anbar is written "Al-Garma" there
        Place place = placeOf("Karma", "Police defused a rocket launcher in the [Karma|LOCATION] district of [Anbar|LOCATION] province.");
        assertThat(place.name()).isEqualTo("Al-Garma");
        assertThat(place.country()).isEqualTo("IQ");
        assertThat(place.admin1()).isEqualTo("Anbar");
    }

    @Test
    void doesNotTakeADistrictSeveralLettersOffForTheUnknownDistrictNamed() {
        assertThat(resolve("Police installed cameras in Qaryat al Abbarah district, [Diyala|LOCATION], on Monday."))
            .extracting(m -> m.place().name()).doesNotContain("Qara Tabe");
    }

    @Test
    void readsTheTownNotTheDistrictOfItsNameWhenTheTextSaysTown() {
        // Gassol district's seat lies some 40 km from Gassol town
        Place town = placeOf("Gassol", "Herders attacked farmers in [Gassol|LOCATION] town, [Taraba|LOCATION] State, on Sunday.");
        assertThat(town.featureClass()).isEqualTo("town");
        Place ofTown = placeOf("Gassol", "Herders attacked farmers in the town of [Gassol|LOCATION] in [Taraba|LOCATION] State.");
        assertThat(ofTown.featureClass()).isEqualTo("town");
    }

    @Test
    void keepsTheNamesakesOfADistrictsNameAbroadButNotAProvinceOfThatName() {
        // Ivory Coast's division is spelt "Nawa District": Ghazni's Nawa must still be read for "Nawa district"
        Place nawa = placeOf("Nawa", "Taliban fighters overran a checkpoint in [Nawa|LOCATION] district, [Ghazni|LOCATION] province.");
        assertThat(nawa.country()).isEqualTo("AF");
        // Iran's Ilam province is no reading of Nepal's "Ilam district"
        Place ilam = placeOf("Ilam", "Police arrested three cadres in [Ilam|LOCATION] district on Monday.");
        assertThat(ilam.country()).isEqualTo("NP");
    }

    @Test
    void readsNoVillageIntoAnOrganisationsInitialsOrACommonNoun() {
        assertThat(resolve("Later the SAF bombed rebel positions near [Kadugli|LOCATION], Sudanese officials said."))
            .extracting(PlaceMention::text).containsExactly("Kadugli");
        assertThat(resolve("Fishermen were arrested on the disputed [Migingo|LOCATION] [Islands|LOCATION] by Ugandan police."))
            .extracting(m -> m.place().country()).doesNotContain("HK");
    }

    @Test
    void keepsACityWrittenInCapitalsAsInADateline() {
        // a city of the name is no chance match, so the capitals do not rule it out (which namesake is the chooser's)
        assertThat(resolve("[HOMS|LOCATION] (Reuters) - Shelling killed four people on Monday."))
            .extracting(PlaceMention::text).containsExactly("HOMS");
    }

    @Test
    void leavesUnplacedANameWithNoNamesakeNearTheOutletsCountryWhenTheTextNamesNoCountry() {
        String sentence = "Two shops were looted in [Klawer|LOCATION] on Sunday night.";
        assertThat(RESOLVER.resolve(HandArticle.of(sentence).outlet("Morning Wire").build()))
                .as("no outlet country: the only namesake stays").extracting(m -> m.place().country()).containsExactly("ZA");
        assertThat(RESOLVER.resolve(HandArticle.of(sentence).outlet("Valley Evening Herald (Nepal)").build()))
                .as("a village on another continent from the outlet's country").isEmpty();
    }

    @Test
    void keepsANamesakeInACountryBorderingTheOutletsCountry() {
        List<PlaceMention> mentions = RESOLVER.resolve(HandArticle.of(
                "Gunmen fired at a bus near [Klawer|LOCATION] at dawn.").outlet("Weekly Courier (Namibia)").build());
        assertThat(mentions).extracting(m -> m.place().country()).containsExactly("ZA");
    }

    @Test
    void letsACountryTheTextNamesOverruleTheOutletsArea() {
        List<PlaceMention> mentions = RESOLVER.resolve(HandArticle.of(
                "Police in South Africa said two shops were looted in [Klawer|LOCATION].").outlet("Valley Evening Herald (Nepal)").build());
        assertThat(mentions).extracting(m -> m.place().country()).containsExactly("ZA");
    }

    @Test
    void readsNoWordOfAnArmedGroupsNameAsAPlace() {
        // the tagger takes the group's word for a place, as CoreNLP does now and then
        AnnotatedArticle article = article("Police arrested an Al [Shabaab|LOCATION] recruiter at a bus stop.");
        assertThat(RESOLVER.resolve(article)).as("without the actor names, the word matches a village")
                .extracting(m -> m.place().name()).contains("Shabāb");
        List<ActorMention> group = List.of(new ActorMention(0, 3, 5, "Al Shabaab", "al-shabaab", "registry"));
        assertThat(RESOLVER.resolve(article, group)).isEmpty();
    }

    @Test
    void keepsAPlaceThatTheActorFinderAlsoReadAsAnActorsWholeName() {
        // "Cabo Delgado" standing for the province's insurgents is the actor finder's guess; the province stays a place
        AnnotatedArticle article = article("Insurgents attacked villages across Cabo Delgado on Monday.");
        List<ActorMention> guess = List.of(new ActorMention(0, 4, 6, "Cabo Delgado", "insurgents-mz", "designator"));
        assertThat(RESOLVER.resolve(article, guess)).extracting(m -> m.place().country()).containsExactly("MZ");
    }

    @Test
    void keepsAPlaceThatOpensAnActorsName() {
        AnnotatedArticle article = article("The Kandahar police arrested two men on Monday.");
        List<ActorMention> police = List.of(new ActorMention(0, 1, 3, "Kandahar police", "police-af", "registry"));
        assertThat(RESOLVER.resolve(article, police)).extracting(m -> m.place().country()).containsExactly("AF");
    }

    @Test
    void readsADivisionWrittenWithItsKindWhateverTagTheNameGot() {
        Place soran = placeOf("Soran", "The blast was coded to [Soran|PERSON] district.");
        assertThat(soran.country()).isEqualTo("IQ");
        assertThat(soran.admin1()).isEqualTo("Erbil");
    }

    @Test
    void readsACityInsideTheBracketsThatLocateAPlaceWhateverTagItGot() {
        // next to another capitalised word, a PERSON-tagged name is not read on its name alone
        List<PlaceMention> mentions = resolve(
                "A bomb went off in [Zawgyi Kone|PERSON] village (Zeyarthiri township, [Nay Pyi Taw|PERSON] Territory) at dawn.");
        assertThat(mentions).extracting(m -> m.place().name()).contains("Nay Pyi Taw");
        assertThat(resolve("A bomb went off as [Nay Pyi Taw|PERSON] Territory officials met."))
                .as("no bracket: a person's name").isEmpty();
    }

    @Test
    void readsANameWrittenAfterALowerCasePrefix() {
        Place durban = placeOf("eThekwini", "Shops were looted in a township (eThekwini, [KwaZulu-Natal|LOCATION]).");
        assertThat(durban.country()).isEqualTo("ZA");
        assertThat(durban.featureClass()).isEqualTo("city");
    }

    @Test
    void readsThePlaceAFacilityIsNamedAfterWhenTheDivisionAfterItBearsItOut() {
        Place klawer = placeOf("Klawer", "Residents rallied outside the [Klawer Magistrate's Court|ORGANIZATION] "
                + "([West Coast|LOCATION], [Western Cape|LOCATION]) on Monday.");
        assertThat(klawer.country()).isEqualTo("ZA");
        assertThat(klawer.featureClass()).isEqualTo("village");
        assertThat(resolve("Residents rallied outside the [Klawer Magistrate's Court|ORGANIZATION] on Monday."))
                .as("nothing says the court's first word is a place").extracting(PlaceMention::text).doesNotContain("Klawer");
    }

    @Test
    void readsADistrictOnlyOchasListNamesInItsFirstLevelDivision() {
        Place taplejung = placeOf("Taplejung", "Police exchanged fire with an armed group in Taplejung district on Tuesday.");
        assertThat(taplejung.country()).isEqualTo("NP");
        assertThat(taplejung.admin1()).isEqualTo("Koshi");
        assertThat(taplejung.featureClass()).isEqualTo("admin2");
        assertThat(resolve("Taplejung residents said the road was closed again."))
                .as("such a district is no place on its name alone").isEmpty();
    }

    @Test
    void leavesAVillageNameUnplacedWhenOnlyItsOwnForeignNamesakeLeadsAndTheTextNamesAnotherCountry() {
        // "Barbara" is a town in Italy and villages in Lebanon and Mali; nothing but that town's size speaks for Italy
        List<PlaceMention> found = resolve("Sudanese warplanes bombed the Marto, [Barbara|LOCATION] and Solong areas overnight.");
        assertThat(found).noneMatch(m -> m.place().country().equals("IT"));
    }
}
