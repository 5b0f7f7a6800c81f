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
 * Relations stated by a noun that says what a party is, by a verb of forcing back, by an act the
 * subject undergoes, through a reference to the group a text spoke of, and inside a quotation that runs
 * on from an earlier sentence (issue 12): sentences written for these tests, read through the real pipeline.
 */
class RoleRelationsTest {

    private static List<Relation> relations(String text) {
        return Extraction.of(text, "2016-05-01").relations();
    }

    @Test
    void aGroupThatConsidersItselfAnothersBranchIsItsAffiliate() {
        List<Relation> rs = relations("Jund al-Aqsa, which considers itself the Hama branch of al-Qaeda, seized two villages.");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "jund-al-aqsa", "al-qaeda")).isTrue();
    }

    @Test
    void theJihadistGroupStandsForTheSubjectOfTheSentenceBeforeNotAGroupNamedLaterInIt() {
        List<Relation> rs = relations("Jund al-Aqsa is a hardline faction that drew many recruits from the ranks of Ahrar al-Sham. "
            + "The jihadist group regularly fights alongside Faylaq al-Rahman near Hama.");
        assertThat(has(rs, RelationType.ALLY_OF, "jund-al-aqsa", "faylaq-al-rahman")).isTrue();
        assertThat(has(rs, RelationType.ALLY_OF, "ahrar-al-sham", "faylaq-al-rahman")).isFalse();
    }

    @Test
    void theGroupBeforeAParticipleIsStillAReference() {
        List<Relation> rs = relations("Jund al-Aqsa recruited widely in Hama. "
            + "In 2016, the group guided by its hardline clerics openly split from Ahrar al-Sham.");
        assertThat(has(rs, RelationType.SPLIT_FROM, "jund-al-aqsa", "ahrar-al-sham")).isTrue();
    }

    @Test
    void theMonitoringGroupIsNoReferenceToAnArmedGroup() {
        List<Relation> rs = relations("Jund al-Aqsa is a hardline faction that drew many recruits from the ranks of Ahrar al-Sham. "
            + "The monitoring group often fights alongside Faylaq al-Rahman near Hama.");
        assertThat(has(rs, RelationType.ALLY_OF, "jund-al-aqsa", "faylaq-al-rahman")).isFalse();
    }

    @Test
    void whoeverMakesAnotherWithdrawIsItsRival() {
        List<Relation> rs = relations("A Hezbollah assault forced the Nusra Front to withdraw from the hills.");
        assertThat(has(rs, RelationType.RIVAL_OF, "hezbollah", "nusra-front")).isTrue();
    }

    @Test
    void forcingAnotherToAcceptSomethingIsNoRivalry() {
        List<Relation> rs = relations("Hezbollah forced the Nusra Front to accept a prisoner exchange.");
        assertThat(has(rs, RelationType.RIVAL_OF, "hezbollah", "nusra-front")).isFalse();
    }

    @Test
    void theGiverOfAnOffensiveHungOnAPlacePhraseIsTheRivalOfWhoFacesIt() {
        List<Relation> rs = relations("The Islamic State now faces two offensives in the province of Raqqa from the "
            + "Syrian Democratic Forces and Hezbollah.");
        assertThat(has(rs, RelationType.RIVAL_OF, "islamic-state", "syrian-democratic-forces")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "islamic-state", "hezbollah")).isTrue();
    }

    @Test
    void theMainComponentOfACoalitionIsItsMember() {
        List<Relation> rs = relations("Ahrar al-Sham has fought for years near Idlib and is the main component of Jaysh al-Fateh.");
        assertThat(has(rs, RelationType.MEMBER_OF, "ahrar-al-sham", "jaysh-al-fateh")).isTrue();
    }

    @Test
    void aForceAgainstAGroupIsItsRival() {
        List<Relation> rs = relations("The Peshmerga are regarded by many as the strongest force against the Islamic State in the north.");
        assertThat(has(rs, RelationType.RIVAL_OF, "peshmerga", "islamic-state")).isTrue();
    }

    @Test
    void whatAQuotationOpenedByAPartysStatementGoesOnToSayIsThatPartysClaim() {
        List<Relation> quoted = relations("A statement issued by Jaysh al-Islam claims: \"Faylaq al-Rahman broke the truce first. "
            + "In addition, Faylaq al-Rahman always incites its fighters to attack Hezbollah, and it is absent from the front.\"");
        Optional<Relation> claim = find(quoted, RelationType.RIVAL_OF, "faylaq-al-rahman", "hezbollah");
        assertThat(claim).isPresent();
        assertThat(claim.get().evidence().stance()).isEqualTo(Stance.CLAIMED);
        assertThat(claim.get().evidence().reportedBy()).isEqualTo("Jaysh al-Islam");
        List<Relation> told = relations("Faylaq al-Rahman broke the truce first. "
            + "In addition, Faylaq al-Rahman always incites its fighters to attack Hezbollah, and it is absent from the front.");
        assertThat(find(told, RelationType.RIVAL_OF, "faylaq-al-rahman", "hezbollah").get().evidence().stance()).isEqualTo(Stance.ASSERTED);
    }

    @Test
    void aCapitalisedActNounAfterADatelineStillOpensItsFrameButNotInAHeadline() {
        List<Relation> rs = relations("12.05.2015 Airstrikes carried out by Russia against the so-called Jund al-Aqsa "
            + "insurgents near Hama have killed nine people.");
        assertThat(has(rs, RelationType.RIVAL_OF, "russia", "jund-al-aqsa")).isTrue();
        List<Relation> headline = relations("Raids Against Jund al-Aqsa Help Russia Win Friends In Hama.");
        assertThat(has(headline, RelationType.RIVAL_OF, "russia", "jund-al-aqsa")).isFalse();
    }

    @Test
    void aLeaderWhoseDeathIsToldLedInThePast() {
        List<Relation> dead = relations("After the death of Islamic State leader Abu Bakr al-Baghdadi, the group named a successor.");
        Optional<Relation> past = find(dead, RelationType.LEADER_OF, "abu-bakr-al-baghdadi", "islamic-state");
        assertThat(past).isPresent();
        assertThat(past.get().end()).isNotNull();
        List<Relation> alive = relations("Islamic State leader Abu Bakr al-Baghdadi released a new recording.");
        Optional<Relation> current = find(alive, RelationType.LEADER_OF, "abu-bakr-al-baghdadi", "islamic-state");
        assertThat(current).isPresent();
        assertThat(current.get().end()).isNull();
    }
}
