package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.extract.Extraction.has;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

/**
 * Relations whose parties stand where the parse or the tagger loses them, and stances that a denial over
 * the clause does not reach (issue 12): sentences written for these tests, read through the real pipeline.
 */
class PhraseRelationsTest {

    private static List<Relation> relations(String text) {
        return Extraction.of(text, "2016-05-01").relations();
    }

    @Test
    void theAgentsOfAPassiveActAreNoRivalsOfEachOther() {
        List<Relation> rs = relations("Three villagers were killed in shelling by Hezbollah and the Nusra Front near Arsal.");
        assertThat(has(rs, RelationType.RIVAL_OF, "hezbollah", "nusra-front")).isFalse();
    }

    @Test
    void anActNamedBeforeItsLightVerbRelatesTheByAndAgainstPhrasesFarFromIt() {
        List<Relation> rs = relations("Raids carried out by the United States against the Nusra Front militants near Idlib have "
            + "wounded six people, a monitor said.");
        assertThat(has(rs, RelationType.RIVAL_OF, "united-states", "nusra-front")).isTrue();
    }

    @Test
    void airStrikesOpeningASentenceAreTheActNotAVerb() {
        List<Relation> rs = relations("Air strikes carried out by Russia against Jaysh al-Islam near Douma have killed four people.");
        assertThat(has(rs, RelationType.RIVAL_OF, "russia", "jaysh-al-islam")).isTrue();
    }

    @Test
    void aDenialOfAnActLeavesTheAllianceItsAgentsArePresupposedToHave() {
        List<Relation> rs = relations("Iran has denied that its Hezbollah allies were involved in the attack on the convoy.");
        assertThat(has(rs, RelationType.ALLY_OF, "iran", "hezbollah")).isTrue();
    }

    @Test
    void aDeniedSponsorshipStillGivesNothing() {
        List<Relation> rs = relations("Iran denied backing the Houthis.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "houthis", "iran")).isFalse();
    }

    @Test
    void aNationalityBetweenAPossessiveAndAnAllyNounNamesTheAlliedState() {
        List<Relation> rs = relations("The Syrian government and its Russian allies pounded Ahrar al-Sham in Idlib.");
        assertThat(has(rs, RelationType.ALLY_OF, "syrian-government", "russia")).isTrue();
    }

    @Test
    void groupsSuchAsANameStandForThatNameThoughAParenthesisBreaksTheParse() {
        List<Relation> rs = relations("Hezbollah and international partners keep fighting against militant groups such as the "
            + "Nusra Front (also known as Jabhat al-Nusra) banned in Russia.");
        assertThat(has(rs, RelationType.RIVAL_OF, "hezbollah", "nusra-front")).isTrue();
    }

    @Test
    void aSourceGluedToTheNameBeforeItLeavesThatNameTheParty() {
        List<Relation> rs = relations("Jaysh al-Islam was set up in 2013 and receives backing from Saudi Arabia Reuters reports.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "jaysh-al-islam", "saudi-arabia")).isTrue();
    }

    @Test
    void aParticipleAfterAnAllianceIsSaidOfItWhenTheNounBeforeNamesNoParty() {
        List<Relation> rs = relations("Kurdish fighters are the main component of the Syrian Democratic Forces alliance now "
            + "seeking to oust the Islamic State from Tabqa.");
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-democratic-forces", "islamic-state")).isTrue();
    }

    @Test
    void aDayBeforeAnInfinitiveIsNotTheOneWhoActs() {
        List<Relation> rs = relations("The Syrian army was able Monday to deal a heavy blow to Jaysh al-Islam near Douma.");
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-arab-army", "jaysh-al-islam")).isTrue();
    }

    @Test
    void aNationalAllyNeedsNoSecondNamedParty() {
        List<Relation> rs = relations("Hezbollah and its Iranian allies shelled the town overnight.");
        assertThat(has(rs, RelationType.ALLY_OF, "hezbollah", "iran")).isTrue();
    }

    @Test
    void aGroupOwnedByAnotherGroupIsItsAffiliate() {
        List<Relation> rs = relations("Ahrar al-Sham fought near Idlib beside al-Qaeda's Nusra Front.");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "nusra-front", "al-qaeda")).isTrue();
    }

    @Test
    void aGroupOwnedByAStateIsNoAffiliateOfIt() {
        List<Relation> rs = relations("Israel struck a convoy of Iran's Hezbollah near Damascus.");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "hezbollah", "iran")).isFalse();
    }

    @Test
    void anActStandsForWhoeverItsParticipleSaysCarriedItOut() {
        List<Relation> rs = relations("The Kurdish fighters of the YPG are backed by air strikes launched by the US-led coalition.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "ypg", "cjtf-oir")).isTrue();
    }

    @Test
    void menTrainedByAStateDoNotStandForThatState() {
        List<Relation> rs = relations("Rebel fighters trained by the United States attacked the Nusra Front.");
        assertThat(has(rs, RelationType.RIVAL_OF, "united-states", "nusra-front")).isFalse();
    }
}
