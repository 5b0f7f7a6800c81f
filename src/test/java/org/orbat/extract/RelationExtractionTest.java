package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.extract.Extraction.has;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

/** Relations from sentences written for these tests, through the real pipeline. */
class RelationExtractionTest {

    private static List<Relation> relations(String text, String published) {
        return Extraction.of(text, published).relations();
    }

    @Test
    void foughtAlongsideIsAnAllianceDatedByTheSentence() {
        List<Relation> rs = relations("In 2014, the Hazm Movement fought alongside Jabhat al-Nusra against government forces in Idlib.", "2016-05-01");
        assertThat(has(rs, RelationType.ALLY_OF, "hazm-movement", "nusra-front")).isTrue();
        assertThat(rs.stream().filter(r -> r.type() == RelationType.ALLY_OF).findFirst().orElseThrow().start().iso()).isEqualTo("2014");
    }

    @Test
    void didNotFightAlongsideGivesNoAlliance() {
        List<Relation> rs = relations("The Hazm Movement did not fight alongside Jabhat al-Nusra in Idlib.", "2015-01-10");
        assertThat(has(rs, RelationType.ALLY_OF, "hazm-movement", "nusra-front")).isFalse();
    }

    @Test
    void clashedWithIsARivalry() {
        List<Relation> rs = relations("Ahrar al-Sham clashed with the Islamic State near Marea on Tuesday.", "2015-06-04");
        assertThat(has(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "islamic-state")).isTrue();
    }

    @Test
    void joiningACoalitionIsMembership() {
        List<Relation> rs = relations("Faylaq al-Sham joined the National Front for Liberation in May 2018.", "2018-06-01");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.MEMBER_OF);
            assertThat(r.start().iso()).isEqualTo("2018-05");
        });
    }

    @Test
    void usBackedIsSponsorship() {
        List<Relation> rs = relations("The US-backed Syrian Democratic Forces took full control of Raqqa in October 2017.", "2017-10-21");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "syrian-democratic-forces", "united-states")).isTrue();
    }

    @Test
    void backedByIsSponsorshipToo() {
        List<Relation> rs = relations("Hezbollah, which is backed by Iran, sent fighters to Qusayr.", "2013-05-20");
        assertThat(rs).anySatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.SUPPORTED_BY));
    }

    @Test
    void renamedItselfIsARenaming() {
        List<Relation> rs = relations("In July 2016, Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham.", "2016-08-01");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.RENAMED_TO);
            assertThat(r.source()).isEqualTo("nusra-front");
        });
    }

    @Test
    void splitFromIsASplit() {
        List<Relation> rs = relations("In 2017, Hay'at Tahrir al-Sham split from al-Qaeda.", "2018-01-01");
        assertThat(has(rs, RelationType.SPLIT_FROM, "hayat-tahrir-al-sham", "al-qaeda")).isTrue();
    }

    @Test
    void ledByMakesTheLeader() {
        List<Relation> rs = relations("Hay'at Tahrir al-Sham is led by Abu Mohammad al-Julani.", "2019-01-01");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.LEADER_OF);
            assertThat(r.target()).isEqualTo("hayat-tahrir-al-sham");
        });
    }

    @Test
    void addingToTheTerroristListIsADesignationByTheUnitedStates() {
        List<Relation> rs = relations("The US State Department added Hay'at Tahrir al-Sham to its list of Foreign Terrorist Organizations in 2018.", "2018-06-01");
        assertThat(has(rs, RelationType.DESIGNATED_BY, "hayat-tahrir-al-sham", "united-states")).isTrue();
    }

    @Test
    void reportedlyMarksTheRelationClaimed() {
        List<Relation> rs = relations("Jund al-Aqsa reportedly fought alongside the Islamic State near Hama.", "2017-02-01");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.ALLY_OF);
            assertThat(r.evidence().stance()).isEqualTo(Stance.CLAIMED);
        });
    }

    @Test
    void aReporterIsNeverAParty() {
        List<Relation> rs = relations("The Syrian Observatory for Human Rights clashed with critics over its figures.", "2016-01-01");
        assertThat(rs).isEmpty();
    }

    @Test
    void theParseFindsTheSubjectThatWordOrderHides() {
        List<Relation> rs = relations("Hay'at Tahrir al-Sham, which split from al-Qaeda in 2017, is now led by Abu Mohammad al-Julani.", "2019-01-01");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.LEADER_OF);
            assertThat(r.target()).isEqualTo("hayat-tahrir-al-sham");
        });
        assertThat(rs).noneMatch(r -> r.type() == RelationType.LEADER_OF && r.target().equals("al-qaeda"));
        assertThat(has(rs, RelationType.SPLIT_FROM, "hayat-tahrir-al-sham", "al-qaeda")).isTrue();
    }

    @Test
    void aCoalitionThatIncludesGroupsHasThemAsMembers() {
        List<Relation> rs = relations("The Southern Front is a coalition of rebel groups in Daraa which includes the Yarmouk Army "
            + "and the First Army.", "2016-01-01");
        assertThat(rs).filteredOn(r -> r.type() == RelationType.MEMBER_OF).isNotEmpty()
            .allSatisfy(r -> assertThat(r.target()).isEqualTo("southern-front"));
    }

    @Test
    void anAffiliateNamedBeforeItsParentIsAnAffiliation() {
        List<Relation> rs = relations("Hurras al-Din, al-Qaeda's branch in Syria, attacked Russian positions near Latakia.", "2019-09-01");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "hurras-al-din", "al-qaeda")).as(rs.toString()).isTrue();
    }

    @Test
    void swearingAllegianceIsAPledge() {
        List<Relation> rs = relations("Jund al-Aqsa pledged allegiance to the Islamic State in February 2017.", "2017-03-01");
        assertThat(has(rs, RelationType.PLEDGED_ALLEGIANCE_TO, "jund-al-aqsa", "islamic-state")).as(rs.toString()).isTrue();
    }

    // Issue 12: parties from the parse, places apart, time and stance. Sentences written for these tests.

    @Test
    void aCompoundSponsorAndTheVerbsArgumentsBothCount() {
        List<Relation> rs = relations("The al-Qaeda-linked Nusra Front attacked Hazm Movement positions near Atarib.", "2015-01-20");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "nusra-front", "al-qaeda")).as(rs.toString()).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "nusra-front", "hazm-movement")).as(rs.toString()).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "al-qaeda", "hazm-movement")).as(rs.toString()).isFalse();
    }

    @Test
    void aPossessorOfAnOffensiveIsTheAttacker() {
        List<Relation> rs = relations("Ahrar al-Sham's offensive against the Islamic State stalled north of Aleppo.", "2015-08-01");
        assertThat(has(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "islamic-state")).as(rs.toString()).isTrue();
    }

    @Test
    void anAppositionDoesNotStandBetweenTheSubjectAndItsVerb() {
        List<Relation> rs = relations("The Hazm Movement, which Ahrar al-Sham once praised, clashed with Jabhat al-Nusra on Friday.", "2014-11-02");
        assertThat(has(rs, RelationType.RIVAL_OF, "hazm-movement", "nusra-front")).as(rs.toString()).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "nusra-front")).as(rs.toString()).isFalse();
    }

    @Test
    void coordinatedAttackersEachBecomeRivalsOfTheTarget() {
        List<Relation> rs = relations("Ahrar al-Sham, Faylaq al-Sham and the Hazm Movement attacked the Islamic State near Marea.", "2015-06-01");
        assertThat(has(rs, RelationType.RIVAL_OF, "ahrar-al-sham", "islamic-state")).as(rs.toString()).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "faylaq-al-sham", "islamic-state")).as(rs.toString()).isTrue();
        assertThat(has(rs, RelationType.RIVAL_OF, "hazm-movement", "islamic-state")).as(rs.toString()).isTrue();
    }

    @Test
    void aCountryNamedAsAPlaceIsNoParty() {
        List<Relation> rs = relations("Fighters of the Islamic State crossed into Turkey and clashed with the Syrian Democratic Forces "
            + "inside Syria.", "2016-03-01");
        assertThat(has(rs, RelationType.RIVAL_OF, "islamic-state", "syrian-democratic-forces")).as(rs.toString()).isTrue();
        assertThat(rs).noneMatch(r -> r.source().equals("syria") || r.target().equals("syria")
            || r.source().equals("turkey") || r.target().equals("turkey"));
    }

    @Test
    void aListOfLinkedHeadlinesStatesNothing() {
        List<Relation> rs = relations("The ministry gave no figures. 214 Related Islamic State Attacks Hazm Movement Near Aleppo",
            "2015-01-01");
        assertThat(rs).isEmpty();
    }

    @Test
    void onceMakesAPastRelationWithAnEnd() {
        List<Relation> rs = relations("The Hazm Movement was once backed by the United States.", "2015-03-10");
        assertThat(rs).filteredOn(r -> r.type() == RelationType.SUPPORTED_BY).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("hazm-movement");
            assertThat(r.end()).isNotNull();
            assertThat(r.start()).isNull();
        });
    }

    @Test
    void aPartysAccusationIsAClaimWithItsSource() {
        List<Relation> rs = relations("Turkey accuses the PKK of arming the PYD.", "2016-02-01");
        assertThat(rs).filteredOn(r -> r.type() == RelationType.SUPPORTED_BY).singleElement().satisfies(r -> {
            assertThat(r.evidence().stance()).isEqualTo(Stance.CLAIMED);
            assertThat(r.evidence().reportedBy()).isEqualTo("Turkey");
        });
    }

    @Test
    void aDesignationNeedsADesignationVerbWithTheGroupAsObject() {
        List<Relation> rs = relations("The State Department designated Jabhat al-Nusra as a terrorist organisation in December 2012.",
            "2013-01-05");
        assertThat(has(rs, RelationType.DESIGNATED_BY, "nusra-front", "united-states")).as(rs.toString()).isTrue();
        List<Relation> none = relations("Turkey shelled positions of the PYD, which it links to the PKK terrorist organisation.", "2016-02-01");
        assertThat(none).noneMatch(r -> r.type() == RelationType.DESIGNATED_BY);
    }

    @Test
    void aBanInAStateIsItsDesignation() {
        List<Relation> rs = relations("Government forces killed dozens of militants of the Islamic State (banned in Russia) near Palmyra.",
            "2017-03-01");
        assertThat(has(rs, RelationType.DESIGNATED_BY, "islamic-state", "russia")).as(rs.toString()).isTrue();
    }

    @Test
    void itsAlliesAreNoActor() {
        List<Relation> rs = relations("The United States and its allies carried out air strikes against the Islamic State in Raqqa.",
            "2016-01-01");
        assertThat(rs).noneMatch(r -> r.type() == RelationType.ALLY_OF);
        assertThat(has(rs, RelationType.RIVAL_OF, "united-states", "islamic-state")).as(rs.toString()).isTrue();
    }

    @Test
    void aHypotheticalAttackIsNoRivalry() {
        List<Relation> rs = relations("Turkish troops could attack the YPG if the talks fail.", "2018-01-01");
        assertThat(rs).noneMatch(r -> r.type() == RelationType.RIVAL_OF);
    }

    @Test
    void aTitledPresidentLeadsHisGovernment() {
        List<Relation> rs = relations("Forces loyal to President Bashar al-Assad shelled the town.", "2016-01-01");
        assertThat(has(rs, RelationType.LEADER_OF, "bashar-al-assad", "syrian-government")).as(rs.toString()).isTrue();
    }

    @Test
    void twoGroupsThatClashedWithEachOtherAreRivalsNotAllies() {
        List<Relation> rs = relations("Jaysh al-Islam and Hay'at Tahrir al-Sham have clashed repeatedly in Eastern Ghouta.", "2017-05-01");
        assertThat(has(rs, RelationType.RIVAL_OF, "jaysh-al-islam", "hayat-tahrir-al-sham")).isTrue();
        assertThat(has(rs, RelationType.ALLY_OF, "jaysh-al-islam", "hayat-tahrir-al-sham")).isFalse();
    }

    @Test
    void twoGroupsThatAttackedAThirdTogetherAreAllies() {
        List<Relation> rs = relations("Jaysh al-Islam and Hay'at Tahrir al-Sham attacked Syrian army positions in Eastern Ghouta.",
            "2017-05-01");
        assertThat(has(rs, RelationType.ALLY_OF, "jaysh-al-islam", "hayat-tahrir-al-sham")).isTrue();
    }

    @Test
    void aPossessiveWithoutItsApostropheStillOwnsItsBranch() {
        List<Relation> rs = relations("The PKKs Syrian wing the YPG seized the border town in 2015.", "2016-01-01");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "ypg", "pkk")).as(rs.toString()).isTrue();
    }

    @Test
    void aPresidentsRegimeIsTheGovernmentHeLeads() {
        List<Relation> rs = relations("Militias loyal to Assads regime shelled the suburb on Friday.", "2016-01-01");
        assertThat(has(rs, RelationType.LEADER_OF, "bashar-al-assad", "syrian-government")).as(rs.toString()).isTrue();
    }

    @Test
    void aHeadOfGovernmentNamedAsAnAllyStandsForHisGovernment() {
        List<Relation> rs = relations("Iran is Assad's closest ally in the region.", "2016-01-01");
        assertThat(has(rs, RelationType.ALLY_OF, "iran", "syrian-government")).as(rs.toString()).isTrue();
        assertThat(rs).noneMatch(r -> r.type() == RelationType.ALLY_OF && r.target().equals("bashar-al-assad"));
    }

    @Test
    void anAppositionAllyOfIsAnAlliance() {
        List<Relation> rs = relations("Russia, a key ally of the Syrian government, has bombed rebel areas since 2015.", "2016-01-01");
        assertThat(has(rs, RelationType.ALLY_OF, "russia", "syrian-government")).as(rs.toString()).isTrue();
    }

    @Test
    void anIndefiniteAppositionWithoutItsCommaIsAnAffiliation() {
        List<Relation> rs = relations("Rebels stormed a depot of the Nusra Front an al-Qaeda affiliate in Syria.", "2015-01-01");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "nusra-front", "al-qaeda")).as(rs.toString()).isTrue();
    }

    @Test
    void aRoleLocatedInAPlaceStillNamesTheGroupAfterIt() {
        List<Relation> rs = relations("The raid was claimed by al-Qaeda's branch in Syria, the Nusra Front.", "2015-01-01");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "nusra-front", "al-qaeda")).as(rs.toString()).isTrue();
    }

    @Test
    void aLinkedCompoundReachesTheNameAcrossAClassNoun() {
        List<Relation> rs = relations("Residents fled as the al-Qaeda-linked group Hayat Tahrir al-Sham advanced.", "2017-06-01");
        assertThat(has(rs, RelationType.AFFILIATE_OF, "hayat-tahrir-al-sham", "al-qaeda")).as(rs.toString()).isTrue();
    }

    @Test
    void rebelsIncludingANamedGroupStandForThatGroup() {
        List<Relation> rs = relations("The Islamic State has been fighting rebels including the Nusra Front since January.", "2014-05-01");
        assertThat(has(rs, RelationType.RIVAL_OF, "islamic-state", "nusra-front")).as(rs.toString()).isTrue();
    }

    @Test
    void aBackedOffensiveByAGroupIsThatGroupsSponsorship() {
        List<Relation> rs = relations("A Turkish-backed offensive by the Hamza Division reached the outskirts of the town.", "2018-02-01");
        assertThat(has(rs, RelationType.SUPPORTED_BY, "hamza-division", "turkey")).as(rs.toString()).isTrue();
    }
}
