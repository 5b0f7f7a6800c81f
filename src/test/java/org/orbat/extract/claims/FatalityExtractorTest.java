package org.orbat.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.nlp.AnnotatedSentence;

class FatalityExtractorTest {
    private final FatalityExtractor extractor = new FatalityExtractor();

    private List<Toll> tolls(String text) {
        return extractor.find(sentence(text));
    }

    private List<Integer> deaths(String text) {
        return tolls(text).stream().filter(Toll::killed).map(Toll::count).toList();
    }

    @Test
    void keepsTotalOfEightyAndPartOfFifty() {
        String text = "According to monitors, around 80 people died in the clashes, with 50 of those being"
                + " from the northern brigade.";
        List<Toll> found = tolls(text);
        assertThat(found).extracting(Toll::count, Toll::killed, Toll::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, true, false),
                        org.assertj.core.groups.Tuple.tuple(50, true, true));
        assertThat(extractor.headlineToll(sentence(text))).contains(80);
    }

    @Test
    void readsLowerBoundOnEliminatedMilitants() {
        List<Toll> found = tolls("In the last day, at least 350 militants have been eliminated near the river.");
        assertThat(found).singleElement().satisfies(toll -> {
            assertThat(toll.count()).isEqualTo(350);
            assertThat(toll.atLeast()).isTrue();
            assertThat(toll.who()).isEqualTo("militants");
            assertThat(toll.killed()).isTrue();
        });
    }

    @Test
    void readsMoreThanAsLowerBoundBeforeNamedFighters() {
        List<Toll> found = tolls("More than 60 Ansar fighters were killed during the assault on the base.");
        assertThat(found).singleElement().satisfies(toll -> {
            assertThat(toll.count()).isEqualTo(60);
            assertThat(toll.atLeast()).isTrue();
            assertThat(toll.who()).isEqualTo("fighters");
        });
    }

    @Test
    void readsCapitalisedNumberWordsAndHyphenatedTens() {
        assertThat(deaths("Thirty soldiers were killed in the shelling of the airport.")).containsExactly(30);
        assertThat(deaths("Twenty-seven civilians died when the market was hit.")).containsExactly(27);
        assertThat(deaths("The raid killed twenty four people near the bakery.")).containsExactly(24);
    }

    @Test
    void readsDozenAndValuesDozensAsTwelveAfterTheAcledCodebook() {
        assertThat(deaths("A dozen guards were killed at the checkpoint.")).containsExactly(12);
        List<Toll> found = tolls("Dozens of people were killed and hundreds were wounded in the raids.");
        assertThat(found).extracting(Toll::count, Toll::killed, Toll::estimated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, true, true),
                        org.assertj.core.groups.Tuple.tuple(100, false, true));
    }

    @Test
    void readsActiveKillingWithObject() {
        assertThat(tolls("The car bomb exploded outside the clinic, killing 13 civilians."))
                .singleElement().extracting(Toll::count, Toll::who).containsExactly(13, "civilians");
    }

    @Test
    void readsLeftDeadAndDigitsWithThousandsSeparator() {
        assertThat(deaths("The barrage left 9 dead in the old quarter.")).containsExactly(9);
        assertThat(deaths("Officials said 1,350 people were killed over the summer.")).containsExactly(1350);
    }

    @Test
    void readsDeathTollThatRoseOrStoodAtANumber() {
        assertThat(deaths("The death toll from the blast rose to 41 on Monday.")).containsExactly(41);
        assertThat(deaths("Rescuers put the death toll at at least 64.")).containsExactly(64);
        assertThat(deaths("The shelling brought a death toll of 19 to the town.")).containsExactly(19);
    }

    @Test
    void readsClaimedLivesMassacreAndBareDead() {
        assertThat(deaths("The strike claimed the lives of 11 in the village.")).containsExactly(11);
        assertThat(deaths("Activists described the massacre of 34 in the valley.")).containsExactly(34);
        assertThat(deaths("17 dead after a tanker exploded in the port.")).containsExactly(17);
    }

    @Test
    void keepsIncludedChildrenAsPartOfTotal() {
        String text = "The air raid killed at least 21 people, including 6 children and two women.";
        List<Toll> found = tolls(text);
        assertThat(found).extracting(Toll::count).containsExactly(21, 6, 2);
        assertThat(found).extracting(Toll::part).containsExactly(false, true, true);
        assertThat(found).allMatch(Toll::killed);
        assertThat(extractor.headlineToll(sentence(text))).contains(21);
    }

    @Test
    void separatesKilledFromWounded() {
        List<Toll> found = tolls("14 people were killed and 38 wounded when the mortar hit the square.");
        assertThat(found).extracting(Toll::count, Toll::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(14, true),
                        org.assertj.core.groups.Tuple.tuple(38, false));
    }

    @Test
    void separatesKilledFromInjuredInActiveVoice() {
        List<Toll> found = tolls("The blast killed eight people and injured 40 others outside the mosque.");
        assertThat(found).extracting(Toll::count, Toll::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, true),
                        org.assertj.core.groups.Tuple.tuple(40, false));
        assertThat(extractor.headlineToll(sentence("The blast killed eight people and injured 40 others.")))
                .contains(8);
    }

    @Test
    void treatsKilledOrWoundedAsNoDeathToll() {
        assertThat(deaths("The army said 25 of its soldiers had been killed or wounded.")).isEmpty();
    }

    @Test
    void ignoresYearsAndDistances() {
        assertThat(tolls("In 2013 the city, which lies 280 kilometres north of the capital, fell to rebels."))
                .isEmpty();
        assertThat(tolls("Fighting since 2012 has killed thousands in the province.")).isEmpty();
    }

    @Test
    void ignoresDatesAgesAndLabels() {
        assertThat(tolls("On March 14, a 36-year-old was killed near Base 46.")).isEmpty();
        assertThat(tolls("The man, aged 52, was shot dead on 3 June.")).isEmpty();
    }

    @Test
    void ignoresCountsOfTownsForcesPercentagesAndMoney() {
        assertThat(deaths("The rebels captured seven villages after killing the commander.")).containsExactly(1);
        assertThat(tolls("The group has a force of 9,000 fighters and 40 tanks.")).isEmpty();
        assertThat(tolls("Some 70 percent of the wounded were children.")).isEmpty();
        assertThat(tolls("The donors pledged $ 300 million after 12 workers were released.")).isEmpty();
    }

    @Test
    void ignoresPeopleWithNoStatedFate() {
        assertThat(tolls("The two brothers fled to the border with three cousins.")).isEmpty();
        assertThat(tolls("About 4000 residents were displaced by the fighting.")).isEmpty();
    }

    @Test
    void doesNotCountKillersAsDead() {
        assertThat(deaths("A unit of 300 fighters stormed the hill, killing 5 guards.")).containsExactly(5);
    }

    @Test
    void keepsShareNamedBeforeTheTotal() {
        String text = "Four women were among at least 23 people killed in the strikes.";
        List<Toll> found = tolls(text);
        assertThat(found).extracting(Toll::count, Toll::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, true),
                        org.assertj.core.groups.Tuple.tuple(23, false));
        assertThat(extractor.headlineToll(sentence(text))).contains(23);
    }

    @Test
    void leavesWarTalliesOutOfTheHeadline() {
        AnnotatedSentence tally = sentence("More than 280,000 people have been killed since the start of the war.");
        assertThat(extractor.find(tally)).extracting(Toll::count).containsExactly(280000);
        assertThat(extractor.headlineToll(tally)).isEmpty();
    }

    @Test
    void givesCoordinatedCountsTheirSharedFate() {
        assertThat(deaths("Monitors said 12 government troops and 17 insurgents had been killed in the clashes."))
                .containsExactly(12, 17);
    }

    @Test
    void readsDestroyedPeopleAsKilledButNotDestroyedTanks() {
        assertThat(deaths("Air units destroyed more than 40 terrorists in the desert.")).containsExactly(40);
        assertThat(deaths("Air units destroyed more than 40 tanks in the desert.")).isEmpty();
    }

    @Test
    void doesNotCountANounThatAnArticleOpens() {
        assertThat(tolls("Views 0 318 A nurse was killed when the shell hit the ward.")).extracting(Toll::count)
                .doesNotContain(318);
    }
}
