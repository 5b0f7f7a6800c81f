package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.extract.Extraction.has;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

/**
 * Relations the parser hides or word order states (issue 12's recall work), from sentences written
 * for these tests, through the real pipeline.
 */
class FramelessRelationsTest {

    private static List<Relation> relations(String text) {
        return Extraction.of(text, "2016-05-01").relations();
    }

    @Test
    void aDatelineReadAsSubjectDoesNotHideTheRealOne() {
        List<Relation> rs = relations("HAMA (Agency) The Syrian government forces killed 40 militants of the Jund al-Aqsa group near Morek on Monday.");
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-arab-army", "jund-al-aqsa")).isTrue();
    }

    @Test
    void aSecondVerbSharesTheFirstOnesPassiveSubject() {
        List<Relation> rs = relations("Jaysh al-Islam was founded near Douma in 2013 and receives backing from Qatar.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "jaysh-al-islam", "qatar")).isTrue();
    }

    @Test
    void companionsAlongWithTheSubjectAreAgentsToo() {
        List<Relation> rs = relations("Iran along with Hezbollah has been assisting the Syrian government since 2012.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "syrian-government", "iran")).isTrue();
        assertThat(has(rs, RelationType.SUPPORTED_BY, "syrian-government", "hezbollah")).isTrue();
    }

    @Test
    void theSubjectOfALightVerbDealsTheBlow() {
        List<Relation> rs = relations("Ahrar al-Sham dealt a heavy blow to the Islamic State near Kafr Zita on Friday.");
        assertThat(has(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "islamic-state")).isTrue();
    }

    @Test
    void suicideBombersStandForTheirGroup() {
        List<Relation> rs = relations("Four Islamic State suicide bombers attacked the Syrian Democratic Forces near Tabqa.");
        assertThat(has(rs, RelationType.RIVAL_OF, "islamic-state", "syrian-democratic-forces")).isTrue();
    }

    @Test
    void aFormerNameInParenthesesIsARenaming() {
        List<Relation> rs = relations("Fighters of the Jabhat Fateh al-Sham group (formerly known as the Nusra Front) shelled a village near Khan Tuman.");
        assertThat(has(rs, RelationType.RENAMED_TO, "nusra-front", "jabhat-fatah-al-sham")).isTrue();
    }

    @Test
    void anAllianceWhichIncludesNamesItsMembers() {
        List<Relation> rs = relations("Rebels of the Army of Conquest which includes Ahrar al-Sham and Jund al-Aqsa captured the hill of Tel Sukayk.");
        assertThat(has(rs, RelationType.MEMBER_OF, "ahrar-al-sham", "jaysh-al-fateh")).isTrue();
        assertThat(has(rs, RelationType.MEMBER_OF, "jund-al-aqsa", "jaysh-al-fateh")).isTrue();
    }

    @Test
    void aGroupAffiliatedNewsAgencyIsItsAffiliate() {
        List<Relation> rs = relations("The IS-affiliated Amaq news agency published a video from Raqqa on Sunday.");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "amaq", "islamic-state")).isTrue();
    }

    @Test
    void aStatesMilitaryIsTheStateActing() {
        List<Relation> rs = relations("Turkey military shelled YPG positions near Tal Rifaat on Sunday.");
        assertThat(has(rs, RelationType.RIVAL_OF, "turkey", "ypg")).isTrue();
    }

    @Test
    void aSubjectPronounStandsForThePartyBeforeIt() {
        List<Relation> rs = relations("The town of Tel Abyad is now held by the YPG after it expelled the Islamic State in June.");
        assertThat(has(rs, RelationType.RIVAL_OF, "ypg", "islamic-state")).isTrue();
    }

    @Test
    void anAdverbialBetweenAuxiliaryAndVerbKeepsTheSubject() {
        List<Relation> rs = relations("Iran has in recent weeks intensified its air raids in support of the Syrian government.");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "syrian-government", "iran")).isTrue();
    }

    @Test
    void aGroupInAppositionToARoleNounIsTheParty() {
        List<Relation> rs = relations("Jaysh al-Islam has been fighting a war against rebels including the al-Qaeda affiliate Jabhat al-Nusra near Douma.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "nusra-front")).isTrue();
    }

    @Test
    void itsAlliesParticularlyNamesAnAllyOfThePartyBefore() {
        List<Relation> rs = relations("The Syrian government relies on the support of its allies particularly Iran in the battle for Palmyra.");
        assertThat(has(rs, RelationType.ALLY_OF, "syrian-government", "iran")).isTrue();
    }

    @Test
    void aNameBetweenItsAndAlliesIsAnAllyOfThePartyBefore() {
        List<Relation> rs = relations("Hezbollah coordinated the assault on Qusayr with its Syrian government allies.");
        assertThat(has(rs, RelationType.ALLY_OF, "hezbollah", "syrian-government")).isTrue();
    }

    @Test
    void aBanAfterParenthesisedAliasesIsADesignation() {
        List<Relation> rs = relations("Fighters of the Islamic State (ISIS or Daesh) outlawed in Russia stormed a checkpoint near Palmyra.");
        assertThat(has(rs, RelationType.DESIGNATED_BY, "islamic-state", "russia")).isTrue();
    }

    @Test
    void theGroupOpeningASentenceIsTheGroupNamedJustBefore() {
        List<Relation> rs = relations("Hayat Tahrir al-Sham was formed in early 2017 near Idlib. It has no known link with Ankara. "
            + "Today the group is led by Abu Mohammad al-Golani.");
        assertThat(has(rs, RelationType.LEADER_OF, "abu-mohammad-al-golani", "hayat-tahrir-al-sham")).isTrue();
    }

    @Test
    void itOpeningASentenceIsTheGroupNamedJustBefore() {
        List<Relation> rs = relations("Jaysh al-Islam dug new trenches around Douma last winter. It later attacked the Islamic State near Dumayr.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "islamic-state")).isTrue();
    }

    @Test
    void pittingSetsEverySideNamedAfterAgainst() {
        List<Relation> rs = relations("The feud is pitting the Army of Islam group against Faylaq al-Rahman and al-Qaeda-linked group the Levant Liberation Committee.");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "faylaq-al-rahman")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "hayat-tahrir-al-sham")).isTrue();
    }

    @Test
    void aNameOpeningTheNextCompoundIsNotTheOneQualified() {
        List<Relation> rs = relations("Fighters of the PYD-dominated US-backed Syrian Democratic Forces entered the village of Tal Samin.");
        assertThat(has(rs, RelationType.MEMBER_OF, "pyd", "syrian-democratic-forces")).isTrue();
        assertThat(has(rs, RelationType.MEMBER_OF, "pyd", "united-states")).isFalse();
    }

    @Test
    void partiesThatCoordinateAreAlliesAgainstTheirCommonFoe() {
        List<Relation> rs = relations("The Syrian army and the YPG have coordinated on security against the Islamic State around Qamishli.");
        assertThat(has(rs, RelationType.ALLY_OF, "syrian-arab-army", "ypg")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "ypg", "islamic-state")).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "syrian-arab-army", "islamic-state")).isTrue();
    }
}
