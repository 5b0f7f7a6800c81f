package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.extract.Extraction.find;
import static org.orbat.extract.Extraction.has;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

/**
 * Relations whose parties stand in another clause or phrase than the word that states them (issue 12's
 * recall work): participial adjuncts, infinitives of purpose, verbs of control, of saying and of
 * giving, and the sides of an infighting. Sentences written for these tests, read through the real
 * pipeline.
 */
class ClauseRelationsTest {

    private static List<Relation> relations(String text) {
        return Extraction.of(text, "2016-05-01").relations();
    }

    @Test
    void aParticipialAdjunctActsForTheSubjectOfItsClause() {
        List<Relation> rs = relations("Hezbollah overran the hill at dawn, killing nine Nusra Front fighters.");
        assertThat(has(rs, RelationType.RIVAL_OF, "hezbollah", "nusra-front")).isTrue();
    }

    @Test
    void aFrontedParticipleOfAllianceIsSaidOfTheSubjectAndOnceMakesItPast() {
        List<Relation> rs = relations("Once allied to the Islamic State, Jund al-Aqsa later turned on its former partner.");
        Optional<Relation> ally = find(rs, RelationType.ALLY_OF, "jund-al-aqsa", "islamic-state");
        assertThat(ally).isPresent();
        assertThat(ally.get().end()).isNotNull();
    }

    @Test
    void anOffensiveByGroupsToPushOutAFoeMakesThemAlliesAndRivalsOfIt() {
        List<Relation> rs = relations("The fighting comes after the start of a wide offensive by Jaysh al-Islam and other "
            + "factions including Faylaq al-Rahman to push government forces out of the Ghouta.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "syrian-arab-army")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "faylaq-al-rahman", "syrian-arab-army")).isTrue();
        assertThat(has(rs, RelationType.ALLY_OF, "jaysh-al-islam", "faylaq-al-rahman")).isTrue();
    }

    @Test
    void anInfinitiveAfterAFiniteVerbIsNoPurposeOfTheAct() {
        List<Relation> rs = relations("The offensive by Jaysh al-Islam failed, and the Syrian army began to push the rebels out of Douma.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "syrian-arab-army")).isFalse();
    }

    @Test
    void theGroupsPittedOnOneSideAreAllies() {
        List<Relation> rs = relations("The infighting is pitting Jaysh al-Islam against Faylaq al-Rahman and Ahrar al-Sham in the eastern suburbs.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "faylaq-al-rahman")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "ahrar-al-sham")).isTrue();
        assertThat(has(rs, RelationType.ALLY_OF, "faylaq-al-rahman", "ahrar-al-sham")).isTrue();
    }

    @Test
    void theObjectOfAVerbOfAllowingDoesTheActNotItsSubject() {
        List<Relation> rs = relations("Turkish jets struck the Islamic State near Jarablus, allowing the Free Syrian Army "
            + "to advance against the Kurdish YPG.");
        assertThat(has(rs, RelationType.RIVAL_OF, "free-syrian-army", "ypg")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "turkish-armed-forces", "ypg")).isFalse();
    }

    @Test
    void aGroupConsideredToBeAnothersBranchIsItsAffiliate() {
        List<Relation> rs = relations("Jund al-Aqsa is widely considered to be the Nusra Front's branch in Hama.");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "jund-al-aqsa", "nusra-front")).isTrue();
    }

    @Test
    void theSubjectOfAVerbOfGivingSupportIsTheSupporter() {
        List<Relation> rs = relations("Iran has provided military aid to Hezbollah for decades.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "hezbollah", "iran")).isTrue();
    }

    @Test
    void organizationsSuchAsANamedGroupStandForIt() {
        List<Relation> rs = relations("The Syrian army keeps fighting terrorist organizations such as the Nusra Front near Homs.");
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-arab-army", "nusra-front")).isTrue();
    }

    @Test
    void aHeavyBlowGivenToAGroupMakesARival() {
        List<Relation> rs = relations("The Syrian army managed on Friday to give a heavy blow to Jaysh al-Islam near Harasta.");
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-arab-army", "jaysh-al-islam")).isTrue();
    }

    @Test
    void anInfinitiveAfterAnotherVerbIsNoPurposeOfTheStrikes() {
        List<Relation> rs = relations("Russia launched air strikes in May allowing forces loyal to the government to advance "
            + "against the rebels and the Islamic State.");
        assertThat(has(rs, RelationType.RIVAL_OF, "russia", "islamic-state")).isFalse();
    }

    @Test
    void aParticipleTaggedAsANounBetweenANounAndANameStillActs() {
        List<Relation> rs = relations("The Kurdish militias are backed by air raids launched by the US-led coalition fighting "
            + "the Islamic State in Iraq.");
        assertThat(has(rs, RelationType.RIVAL_OF, "cjtf-oir", "islamic-state")).isTrue();
    }

    @Test
    void armedMenAfterANameStandForTheGroupThoughTaggedAVerb() {
        List<Relation> rs = relations("On Monday, raids carried out by Turkey against the so-called Nusra Front insurgents in "
            + "Idlib killed four people.");
        assertThat(has(rs, RelationType.RIVAL_OF, "turkey", "nusra-front")).isTrue();
    }

    @Test
    void theOneWhoRepelsAnAttackIsItsTarget() {
        List<Relation> rs = relations("The Syrian army repelled an attack by the Nusra Front on a checkpoint near Hama.");
        assertThat(has(rs, RelationType.RIVAL_OF, "nusra-front", "syrian-arab-army")).isTrue();
    }

    @Test
    void theOneWhoComesUnderAttackIsItsTarget() {
        List<Relation> rs = relations("The Kurdish YPG came under attack from Turkish forces near Afrin on Sunday.");
        assertThat(has(rs, RelationType.RIVAL_OF, "turkish-armed-forces", "ypg")).isTrue();
    }

    @Test
    void anOffensiveFacedIsAClaimWhenTheGroupSaysSo() {
        List<Relation> rs = relations("Ahrar al-Sham said it faced a fierce offensive by the Islamic State near Marea.");
        Optional<Relation> rival = find(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "islamic-state");
        assertThat(rival).isPresent();
        assertThat(rival.get().evidence().stance()).isEqualTo(Stance.CLAIMED);
    }
}
