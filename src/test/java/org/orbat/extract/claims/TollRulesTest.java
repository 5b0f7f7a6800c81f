package org.orbat.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.sentence;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The codebook rules of a sentence's event toll (ACLED codebook, "Reported fatalities"): single deaths count 1,
 * reports that nobody died count 0, vague words take the codebook's values, ranges their lower end, and running
 * tallies, lives saved, clock times and unit numbers are no event's toll. Sentences written for these tests.
 */
class TollRulesTest {
    private final FatalityExtractor extractor = new FatalityExtractor();

    private Optional<Integer> toll(String text) {
        return extractor.headlineToll(sentence(text));
    }

    @Test
    void countsOneForASingleDeathWrittenWithoutANumber() {
        assertThat(toll("On 3 May 2021, a roadside bomb exploded near the bridge, killing a shepherd.")).contains(1);
        assertThat(toll("Gunmen shot and killed the head of the water committee in the market.")).contains(1);
        assertThat(toll("A mine went off under a tractor in the orchard, killing him.")).contains(1);
        assertThat(toll("A young man was shot dead at the roundabout.")).contains(1);
        assertThat(toll("Another soldier was killed in the ambush.")).contains(1);
        assertThat(toll("One soldier killed and two wounded in the mortar fire.")).contains(1);
        assertThat(toll("The body of a police officer was found near the canal.")).contains(1);
        assertThat(toll("A farmer's body was found in the field.")).contains(1);
        assertThat(toll("The brigade lost one commander in the assault.")).contains(1);
        assertThat(toll("A militant (suspected of planting the device) was killed in the raid.")).contains(1);
    }

    @Test
    void readsAcledStyleFatalityCounts() {
        assertThat(toll("1 fatality.")).contains(1);
        assertThat(toll("4 fatalities.")).contains(4);
    }

    @Test
    void keepsPluralsWithoutACountAndInjuriesApart() {
        assertThat(toll("Artillery fire killed the soldiers guarding the depot.")).isEmpty();
        assertThat(toll("The shelling wounded a woman and a girl.")).isEmpty();
        assertThat(toll("Rebels killed a number of fighters in the raid.")).isEmpty();
        assertThat(toll("One of the villages was shelled overnight.")).isEmpty();
    }

    @Test
    void countsTwoChildrenAsTwo() {
        assertThat(toll("The strike killed two children in the courtyard.")).contains(2);
    }

    @Test
    void givesZeroWhenTheSentenceSaysNobodyDied() {
        assertThat(toll("No fatalities were reported.")).contains(0);
        assertThat(toll("There were no casualties.")).contains(0);
        assertThat(toll("No injuries or fatalities were reported after the shelling.")).contains(0);
        assertThat(toll("The drone struck the depot without causing casualties.")).contains(0);
        assertThat(toll("No one was killed in the blast.")).contains(0);
    }

    @Test
    void givesNothingWhenDeathsAreUnknown() {
        assertThat(toll("Casualties unknown.")).isEmpty();
        assertThat(toll("There was no information on casualties.")).isEmpty();
        assertThat(toll("There was no immediate word on casualties.")).isEmpty();
    }

    @Test
    void valuesVagueWordsAsTheCodebookDoes() {
        assertThat(toll("Dozens of fighters were killed in the clashes.")).contains(12);
        assertThat(toll("The barrage killed hundreds of civilians in the market.")).contains(100);
        assertThat(toll("Several civilians were killed in the raid.")).contains(3);
        assertThat(toll("As many as 40 people were killed in the bombing.")).contains(40);
    }

    @Test
    void readsTheLowerEndOfARange() {
        assertThat(toll("Between four and six civilians were killed in the air strike.")).contains(4);
        assertThat(toll("The attack killed 2-3 policemen at the gate.")).contains(2);
        assertThat(toll("The shelling killed 12 to 15 people.")).contains(12);
    }

    @Test
    void leavesOutWarWideAndPeriodTallies() {
        assertThat(toll("More than 400000 people have been killed since the war began.")).isEmpty();
        assertThat(toll("The conflict has claimed the lives of over 300000 people.")).isEmpty();
        assertThat(toll("At least 250000 people have been killed in the civil war.")).isEmpty();
        assertThat(toll("Since March at least 400 civilians have been killed in air raids on the town.")).isEmpty();
        assertThat(toll("In the past two weeks more than 150 civilians have been killed in the city.")).isEmpty();
        assertThat(toll("The group documented the deaths of 6000 civilians in air raids over the past year.")).isEmpty();
        assertThat(toll("Some 3000 fighters have died in the province, the monitor said.")).isEmpty();
        assertThat(toll("Air strikes have killed 12 people in the market since Friday.")).contains(12);
        assertThat(toll("Rebel infighting has killed 45 fighters over the past two days.")).contains(45);
        assertThat(toll("The army repelled attacks in the last 10 days, killing over 900 militants.")).isEmpty();
        assertThat(toll("Jets killed 20 fighters near the border, a group monitoring the war said.")).contains(20);
    }

    @Test
    void leavesOutACampaignsTollSoFar() {
        assertThat(toll("The battle for the dam has killed some 240 fighters on both sides.")).isEmpty();
        assertThat(toll("The siege of the old town has cost the lives of at least 70 defenders.")).isEmpty();
        assertThat(toll("Allied raids in support of the push have killed hundreds of villagers.")).isEmpty();
        assertThat(toll("The battle for the dam killed 14 fighters on Sunday.")).contains(14);
        assertThat(toll("Nine farmers have been killed in raids on the valley.")).contains(9);
        assertThat(toll("Officials have accused the militia of launching rocket attacks on the port and killing 25 dockers."))
            .contains(25);
    }

    @Test
    void leavesOutTotalsOverSeveralIncidentsOrDays() {
        assertThat(toll("A wave of bombings across the capital left 95 people dead.")).isEmpty();
        assertThat(toll("At least 75 guards were killed on Tuesday and Wednesday as the militia stormed the depot.")).isEmpty();
        assertThat(toll("At least 75 guards were killed on Tuesday as the militia stormed the depot.")).contains(75);
        assertThat(toll("A total of 9 fighters were killed in the raid on Tuesday the army said Wednesday.")).contains(9);
        assertThat(toll("Some 40 fighters were killed in a series of air strikes over the past 24 hours.")).contains(40);
    }

    @Test
    void leavesOutTheTollOfAnEarlierIncidentTheSentenceRecalls() {
        assertThat(toll("The raid on the airbase comes a week after rebels killed 60 guards at a fuel depot.")).isEmpty();
        assertThat(toll("Saturday's ambush followed a truck bomb that killed 31 people at the market.")).isEmpty();
        assertThat(toll("Rebels killed 16 guards after storming the airbase.")).contains(16);
        assertThat(toll("Villagers fled after a truck bomb killed 31 people at the market.")).contains(31);
    }

    @Test
    void keepsALargeTollTheSentenceTiesToOneIncident() {
        assertThat(toll("The chemical attack killed more than 1400 people in the suburbs.")).contains(1400);
    }

    @Test
    void neverReadsLivesSavedAsDeaths() {
        assertThat(toll("The rescue teams have saved the lives of more than 90000 people.")).isEmpty();
    }

    @Test
    void neverReadsClockTimesUnitNumbersOrInjuriesAsDeaths() {
        assertThat(toll("The blast struck at around 715 pm (1615 GMT) near the market.")).isEmpty();
        assertThat(toll("Eight fighters from 276 Brigade were killed in the attack.")).contains(8);
        assertThat(toll("Four Killed Over 60 Injured in Rocket Attack on the City.")).isNotEqualTo(Optional.of(60));
    }

    @Test
    void addsUpDeathCountsJoinedByAnd() {
        assertThat(toll("Militants attacked the post, killing one officer and two soldiers.")).contains(3);
        assertThat(toll("Thirty soldiers and 12 rebels were killed in the clashes.")).contains(42);
        assertThat(toll("Gunmen ambushed the elder, killing him and 2 of his relatives.")).contains(3);
        assertThat(toll("The blast killed 5 people and wounded 20 others.")).contains(5);
    }

    @Test
    void readsLongPassivesOfOneDeath() {
        assertThat(toll("A driver is said to have been shot dead at the checkpoint.")).contains(1);
    }

    @Test
    void countsOneForSomeoneShotDeadOrHarmedToDeath() {
        assertThat(toll("Soldiers shot dead the head of the village council near the well.")).contains(1);
        assertThat(toll("Police tortured a trader to death in the station.")).contains(1);
        assertThat(toll("Police tortured a trader in the station.")).isEmpty();
    }
}
