package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.AcledSubEvent;
import org.orbat.model.Event;
import org.orbat.model.EventType;

/**
 * The ACLED codebook's rules, on sentences written for these tests, through the real pipeline: who did
 * what to whom, the generic actors, and the sub-event type an ACLED coder would choose.
 */
class AcledCoderRulesTest {

    private static List<Event> events(String text) {
        return Extraction.of(text, "2022-05-20").events();
    }

    private static Event only(String text, EventType type) {
        List<Event> events = events(text);
        assertThat(events).as("events of: " + text).anySatisfy(e -> assertThat(e.type()).isEqualTo(type));
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void theSubjectOfAnActiveVerbIsSideOneAndItsObjectSideTwo() {
        Event e = only("Hay'at Tahrir al-Sham attacked Syrian Democratic Forces positions near Manbij on Sunday.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("hayat-tahrir-al-sham");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
    }

    @Test
    void theAgentOfAPassiveIsSideOne() {
        Event e = only("A Syrian Democratic Forces patrol was attacked by Islamic State militants near Hasakah on Friday.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("islamic-state");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbDoesNotEndTheSubject() {
        Event e = only("Turkish forces and the Syrian National Army, which operates under Turkish command, shelled Syrian "
            + "Democratic Forces positions near Manbij on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).contains("turkish-armed-forces", "syrian-national-army");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void anAcronymSpeltLikeAVerbIsStillTheActingParty() {
        Event e = only("IS fighters attacked an SDF checkpoint near Hajin on Monday.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("islamic-state");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void theAgentOfANominalAttackActsAgainstThoseKilledInIt() {
        Event e = only("Two Taliban fighters were killed in an attack by IS gunmen in Jalalabad, Nangarhar on Tuesday.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("islamic-state");
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("military-forces-of-afghanistan"));
    }

    @Test
    void whoeverTheFightingWasWithIsTheTargetOfACapture() {
        Event e = only("Following clashes with the Ukrainian army, Russian forces took control of Avdiivka, Donetsk on Friday.",
            EventType.TERRITORY_CAPTURE);
        assertThat(e.side1()).containsExactly("russian-armed-forces");
        assertThat(e.side2()).containsExactly("military-forces-of-ukraine");
    }

    @Test
    void aForeignStatesCaptureIsOvertakenAndAStatesOwnRecaptureRegained() {
        Event foreign = only("Russian forces captured Soledar, Donetsk after heavy fighting on Friday.", EventType.TERRITORY_CAPTURE);
        assertThat(foreign.acled()).isEqualTo(AcledSubEvent.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        Event own = only("Ukrainian forces recaptured Kupiansk, Kharkiv as the result of an armed clash with Russian forces on Saturday.",
            EventType.TERRITORY_CAPTURE);
        assertThat(own.acled()).isEqualTo(AcledSubEvent.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(own.side2()).containsExactly("russian-armed-forces");
    }

    @Test
    void fightingBetweenTwoFactionsOfOneGroupPutsItOnBothSides() {
        Event e = only("Clashes broke out between two Taliban groups in Kabul city on 3 May 2022.", EventType.BATTLE);
        assertThat(e.side1()).hasSize(1);
        assertThat(e.side2()).isEqualTo(e.side1());
    }

    @Test
    void anExchangeOfFireWithOneNamedPartyDoesNotMakeItFightItself() {
        Event e = only("Hay'at Tahrir al-Sham exchanged fire near Saraqeb on Monday.", EventType.BATTLE);
        assertThat(e.side2()).doesNotContainAnyElementsOf(e.side1());
    }

    @Test
    void whoeverAPassiveSaysWasKilledIsTheTargetOfTheAttackBehindIt() {
        Event e = only("Two Syrian Democratic Forces fighters were killed following a grenade attack by unknown attackers "
            + "in Raqqa on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-sy");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void aCountryNamedAfterAPlaceSaysWhereItIsNotWhoFought() {
        Event e = only("On 15 May 2022, rioters clashed with each other in Tripoli, Lebanon.", EventType.RIOT);
        assertThat(e.actors()).noneMatch(id -> id.contains("armed-forces") || id.equals("lebanon"));
    }

    @Test
    void demonstratorsBurningTyresMakeAViolentDemonstration() {
        Event e = only("On 12 May 2022, demonstrators blocked the main road with burning tyres in Tyre, Lebanon, against power cuts.",
            EventType.RIOT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.VIOLENT_DEMONSTRATION);
        assertThat(e.side1()).allSatisfy(id -> assertThat(id).startsWith("rioters"));
    }

    @Test
    void aProtestDemandingTheReleaseOfDetaineesIsPeaceful() {
        Event e = only("On 12 May 2022, families staged a protest in Aleppo demanding the release of relatives arrested last week.",
            EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PEACEFUL_PROTEST);
        Event dispersed = only("On 13 May 2022, police arrested two protesters at a sit-in in Aleppo.", EventType.PROTEST);
        assertThat(dispersed.acled()).isEqualTo(AcledSubEvent.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void whoeverFoundTheBodyDidNotKill() {
        Event e = only("On 14 May 2022, police found the body of a young man shot in the head in Basra.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-iq");
        assertThat(e.side2()).containsExactly("civilians-iq");
    }

    @Test
    void peopleEvacuatedOrDisplacedAreAStrategicDevelopmentOther() {
        Event e = only("On 15 May 2022, eighty people were evacuated from Lysychansk, Luhansk.", EventType.MOVEMENT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.OTHER);
    }

    @Test
    void aSecurityOperationInWhichSomeoneIsKilledKeepsTheToll() {
        // A soldier is an armed actor: gunmen killing one fight the state's forces (a battle, not an attack on civilians).
        Event e = only("On 16 May 2022, gunmen killed one soldier during a security operation in Mamfe, Cameroon.",
            EventType.BATTLE);
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.side2()).containsExactly("military-forces-of-cameroon");
    }

    @Test
    void aKidnappingByStateForcesIsAnAbductionNotAnArrest() {
        Event e = only("On 17 May 2022, Russian forces kidnapped a local journalist in Melitopol, Zaporizhia.", EventType.ARREST_ABDUCTION);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    @Test
    void aForeignForceDetainingPeopleAbductsThem() {
        Event foreign = only("On 18 May 2022, Russian forces detained two farmers in Melitopol, Zaporizhia.", EventType.ARREST_ABDUCTION);
        assertThat(foreign.acled()).isEqualTo(AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE);
        Event own = only("On 19 May 2022, Ukrainian police arrested two looters in Zaporizhzhia city.", EventType.ARREST_ABDUCTION);
        assertThat(own.acled()).isEqualTo(AcledSubEvent.ARRESTS);
    }

    @Test
    void aPartyBeforeWhatWasHitIsTheTarget() {
        Event e = only("On 20 May 2022, US warplanes struck IS positions near Sirte, Libya.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).contains("islamic-state");
        assertThat(e.side1()).doesNotContain("islamic-state");
    }

    @Test
    void aGroupNamedForTheGroundItHoldsIsNoParty() {
        Event e = only("On 21 May 2022, Syrian Democratic Forces fighters opened fire on a car carrying civilians from Manbij to "
            + "Syrian National Army areas, killing one civilian.", EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).doesNotContain("syrian-national-army");
        assertThat(e.side1()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void regimeFightersAreTheCountrysMilitary() {
        Event e = only("On 22 May 2022, regime soldiers shot and wounded a farmer near Maarat al-Numan in Idlib governorate.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("syrian-arab-army");
    }

    @Test
    void clashesBetweenTwoGroupsPutTheFirstOnSideOneAndTheSecondOnSideTwo() {
        Event e = only("Clashes broke out between Jaysh al-Islam and Hay'at Tahrir al-Sham in Eastern Ghouta on Tuesday.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("jaysh-al-islam");
        assertThat(e.side2()).containsExactly("hayat-tahrir-al-sham");
    }

    @Test
    void anUnnamedKillingIsAnUnidentifiedArmedGroupAgainstCivilians() {
        Event e = only("Unidentified gunmen shot dead a farmer near Daraa on Wednesday.", EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-sy");
        assertThat(e.side2()).containsExactly("civilians-sy");
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ATTACK);
    }

    @Test
    void anExchangeOfShellingBetweenArmedActorsIsAnArmedClash() {
        Event e = only("The Syrian army and Hay'at Tahrir al-Sham exchanged artillery shelling near Saraqeb on Monday.",
            EventType.BATTLE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
        assertThat(e.actors()).contains("syrian-arab-army", "hayat-tahrir-al-sham");
    }

    @Test
    void aCaptureOfPeopleIsAnAbductionNotATerritoryChange() {
        List<Event> found = events("Islamic State fighters captured two soldiers near Palmyra on Monday.");
        assertThat(found).extracting(Event::type).contains(EventType.ARREST_ABDUCTION).doesNotContain(EventType.TERRITORY_CAPTURE);
        assertThat(found).extracting(Event::acled).contains(AcledSubEvent.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    @Test
    void reinforcementsAreAStrategicDevelopmentNotABattle() {
        List<Event> found = events("The Syrian army sent reinforcements to the Idlib front on Thursday.");
        assertThat(found).extracting(Event::type).containsExactly(EventType.MOVEMENT);
        assertThat(found.get(0).acled()).isEqualTo(AcledSubEvent.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void theMainClauseEventWinsOverTheSubordinateClause() {
        List<Event> found = events("Syrian Democratic Forces shelled the village of Tal Rifaat after Islamic State fighters "
            + "detained three men there.");
        assertThat(found).extracting(Event::type).containsExactly(EventType.REMOTE_VIOLENCE);
        assertThat(found.get(0).side1()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void aPeacefulProtestHasProtestersOnSideOneAndNobodyOnSideTwo() {
        Event e = only("Hundreds of residents protested in Sweida on Friday against rising prices.", EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PEACEFUL_PROTEST);
        assertThat(e.side1()).containsExactly("protesters-sy");
        assertThat(e.side2()).isEmpty();
    }

    @Test
    void aProtestDispersedWithTearGasIsAProtestWithIntervention() {
        Event e = only("Police dispersed dozens of protesters with tear gas in Idlib on Sunday.", EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PROTEST_WITH_INTERVENTION);
        assertThat(e.side1()).containsExactly("protesters-sy");
    }

    @Test
    void theForcesThatMetAProtestInALaterSentenceAreItsSecondSide() {
        Event e = only("Hundreds of teachers protested in Sweida on Friday against unpaid salaries. "
            + "Police intervened and fired tear gas at the crowd.", EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PROTEST_WITH_INTERVENTION);
        assertThat(e.side1()).containsExactly("protesters-sy");
        assertThat(e.side2()).containsExactly("police-forces-of-syria");
    }

    @Test
    void aMarchInterruptedByPoliceIsAProtestWithIntervention() {
        List<Event> found = events("Hundreds of teachers marched in Sweida on Friday against unpaid salaries. "
            + "The gathering was interrupted by riot police.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.acled()).isEqualTo(AcledSubEvent.PROTEST_WITH_INTERVENTION);
            assertThat(e.side2()).containsExactly("police-forces-of-syria");
        });
    }

    @Test
    void aProtestAgainstEvictionsIsNoInterventionItself() {
        Event e = only("Hundreds of residents protested in Sweida on Friday against the evictions of families from their homes.",
            EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PEACEFUL_PROTEST);
    }

    @Test
    void aLaterSentenceWithoutForceAddsNoSecondSideToAProtest() {
        Event e = only("Hundreds of teachers protested in Sweida on Friday against unpaid salaries. "
            + "Police officers watched from a distance.", EventType.PROTEST);
        assertThat(e.side2()).isEmpty();
    }

    @Test
    void armedMenSaidToComeFromACommunityAreThatCommunitysMilitia() {
        Event e = only("Two herders were shot dead by gunmen alleged to be from the Kawaro community near Daraa on Monday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("communal-militia-kawaro-sy");
    }

    @Test
    void armedMenFromATownAreNoCommunityMilitia() {
        Event e = only("Two herders were shot dead by gunmen from the Kawaro district near Daraa on Monday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-sy");
    }

    @Test
    void aPlaceBeforeAGenericForceSaysWhereItServesNotWhoseItIs() {
        Event e = only("Basra police arrested three men accused of smuggling weapons on Monday.", EventType.ARREST_ABDUCTION);
        assertThat(e.side1()).containsExactly("police-forces-of-iraq");
    }

    @Test
    void aWeaponShotDownBelongsToTheStateItsNationalityNames() {
        Event e = only("On 3 May 2022, Ukrainian air defences shot down four Russian cruise missiles over Odesa.",
            EventType.DISRUPTED_WEAPONS);
        assertThat(e.side2()).containsExactly("russian-armed-forces");
    }

    @Test
    void aDefusedDeviceOfNoNamedOwnerIsAnUnidentifiedGroups() {
        Event e = only("On 3 May 2022, army engineers defused two roadside bombs near Daraa.", EventType.DISRUPTED_WEAPONS);
        assertThat(e.side2()).containsExactly("unidentified-armed-group-sy");
    }

    @Test
    void aShellFiredAtACivilianBuildingHitsCivilians() {
        Event e = only("On 3 May 2022, an unidentified armed group fired a mortar shell at a hospital in Daraa.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).containsExactly("civilians-sy");
    }

    @Test
    void aShellFiredAtAnArmyPostHitsNoCivilians() {
        Event e = only("On 3 May 2022, an unidentified armed group fired a mortar shell at an army post in Daraa.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).doesNotContain("civilians-sy");
    }

    @Test
    void anAbbreviationTooAmbiguousForTheRegistryNamesItsGroupInAReportFromItsCountry() {
        Event e = only("On 3 May 2022, the PDF ambushed a military convoy near Monywa in Sagaing region.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("peoples-defence-force");
    }

    @Test
    void anAmbiguousAbbreviationNamesNoGroupInAReportFromElsewhere() {
        List<Event> found = events("On 3 May 2022, the PDF ambushed a military convoy near Daraa.");
        assertThat(found).allSatisfy(e -> assertThat(e.actors()).doesNotContain("peoples-defence-force"));
    }

    @Test
    void aNationalityBeforeAGenericForceNamesWhoseForcesTheyAre() {
        Event e = only("On 3 May 2022, Nigerian commando forces killed ten militants near Maiduguri.", EventType.BATTLE);
        assertThat(e.actors()).contains("military-forces-of-nigeria");
    }

    @Test
    void burningTyresAndBlockingRoadsIsAViolentDemonstration() {
        Event e = only("Rioters burned tyres and blocked the main road in Daraa on Monday.", EventType.RIOT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.VIOLENT_DEMONSTRATION);
        assertThat(e.side1()).containsExactly("rioters-sy");
    }

    @Test
    void aDevicePlantedByAGroupIsTheirRemoteExplosive() {
        Event e = only("An IED planted by Islamic State militants exploded near a Syrian army convoy in Deir ez-Zor on Sunday.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(e.side1()).containsExactly("islamic-state");
    }

    @Test
    void anAirStrikeIsFiledByItsWeapon() {
        Event e = only("Russian warplanes bombed the town of Saraqeb on Monday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.AIR_DRONE_STRIKE);
    }

    @Test
    void aCountryNamedAsWhereIsNoParty() {
        Event e = only("Hay'at Tahrir al-Sham fighters attacked army positions in Syria on Sunday.", EventType.BATTLE);
        assertThat(e.actors()).doesNotContain("syria");
    }

    @Test
    void killingUnnamedMilitantsIsABattleAgainstAnUnidentifiedArmedGroup() {
        Event e = only("Five militants were killed in a security operation by the army near Miranshah, Pakistan, on Sunday.",
            EventType.BATTLE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
        assertThat(e.side1()).containsExactly("military-forces-of-pakistan");
        assertThat(e.side2()).containsExactly("unidentified-armed-group-pk");
    }

    @Test
    void unnamedMilitantsWhoAmbushSoldiersAreSideOne() {
        Event e = only("Three soldiers were killed when militants ambushed their patrol near Gao, Mali, on Sunday.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-ml");
        assertThat(e.side2()).containsExactly("military-forces-of-mali");
    }

    @Test
    void anAttackOnAVillageWithNoArmedTargetIsAnAttackOnCivilians() {
        Event e = only("Insurgents attacked Malo village in Cabo Delgado, Mozambique, on Sunday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ATTACK);
        assertThat(e.side2()).containsExactly("civilians-mz");
        assertThat(e.actors()).doesNotContain("islamic-state-mozambique");
    }

    @Test
    void anAttackOnAPostNearAVillageStaysABattle() {
        Event e = only("Islamic State fighters attacked an outpost near Gao village on Sunday.", EventType.BATTLE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
    }

    @Test
    void twoCrowdsTheCodebookNamesAlikeAreBothSidesOfAFight() {
        Event e = only("On 3 May 2020, a group of youths clashed with residents in Douala, Cameroon.", EventType.RIOT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.MOB_VIOLENCE);
        assertThat(e.side1()).containsExactly("rioters-cm");
        assertThat(e.side2()).containsExactly("rioters-cm");
    }

    @Test
    void aPlaceTheTaggerSawIsNoActorByLooseSpelling() {
        Event e = only("Police arrested two men in Oran, Algeria, on Sunday.", EventType.ARREST_ABDUCTION);
        assertThat(e.side1()).containsExactly("police-forces-of-algeria");
        assertThat(e.actors()).doesNotContain("iran");
    }

    @Test
    void youthsOfTwoCommunitiesClashingRiotAgainstEachOther() {
        Event e = only("On 26 June 2022, Murle and Anyuak youths clashed at a camp in Juba county, South Sudan, killing one.",
            EventType.RIOT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.MOB_VIOLENCE);
        assertThat(e.side1()).containsExactly("rioters-ss");
        assertThat(e.side2()).containsExactly("rioters-ss");
    }

    @Test
    void policeFightingMarketVendorsIsARiotNotABattle() {
        Event e = only("Police officers fought with market vendors in Addis Ababa, Ethiopia, on Sunday.", EventType.RIOT);
        assertThat(e.side1()).containsExactly("police-forces-of-ethiopia");
        assertThat(e.side2()).containsExactly("rioters-et");
    }

    @Test
    void aTruckAttackedByMilitantsIsAnAttackOnCivilians() {
        Event e = only("A truck was attacked by suspected militants near Mocimboa da Praia, Mozambique, on Sunday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-mz");
        assertThat(e.side2()).containsExactly("civilians-mz");
    }

    @Test
    void anAttackWithMinesIsRemoteViolenceByItsWeapon() {
        Event e = only("Rebels attacked a military convoy with mines near Shwebo, Myanmar, on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void anAttackWithRiflesAndMortarsStaysAnArmedClash() {
        Event e = only("The Arakan Army attacked Tatmadaw positions with rifles and mortars near Paletwa on Sunday.", EventType.BATTLE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
    }

    @Test
    void aDetaineeTorturedToDeathIsAnAttackNotAnArrest() {
        Event e = only("Soldiers detained and tortured a villager to death near Sittwe, Myanmar, on Sunday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.ATTACK);
    }

    @Test
    void ethnicMilitiasAreAnArmedSideSoFightingThemIsABattle() {
        Event e = only("Army troops clashed with ethnic militias near Gidole, Ethiopia, on Sunday, killing three.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("military-forces-of-ethiopia");
        assertThat(e.side2()).containsExactly("unidentified-communal-militia-et");
    }

    @Test
    void anIslandInAPlaceNameIsNotIceland() {
        Event e = only("Militants attacked civilians on Mafuta Island, Mozambique, on Sunday.", EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).doesNotContain("iceland");
    }

    @Test
    void unnamedTribesmenAreAnUnidentifiedCommunalMilitia() {
        Event e = only("Armed tribesmen attacked a police post near Marib, Yemen, on Sunday.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("unidentified-communal-militia-ye");
    }

    @Test
    void rebelsNamedOnlyAsTheOppositionAreTheCodebooksOppositionRebels() {
        Event e = only("Opposition rebels shelled army positions near Kafr Nabl, Idlib, on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).containsExactly("opposition-rebels-sy");
    }

    @Test
    void aProtestMetWithLiveFireInTheNextSentenceIsExcessiveForce() {
        Event e = only("On 21 May 2022, students staged a protest in Kosti, Sudan, against the coup. Police intervened with live "
            + "ammunition and tear gas. One demonstrator was killed.", EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    }

    @Test
    void policeStoppingProtestersIsAnIntervention() {
        Event e = only("On 3 May 2022, police forces stopped protesters from reaching the governor's office in Kosti, Sudan.",
            EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void unnamedIslamistMilitantsAreTheCodebooksIslamistMilitia() {
        Event e = only("Islamist militants attacked Nanduli village in Cabo Delgado, Mozambique, on Sunday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("islamist-militia-mz");
    }

    @Test
    void anIslamistRoleNamedMidSentenceByACapitalisedAdjectiveIsStillGeneric() {
        Event e = only("On 2 May 2022, suspected Islamic insurgents attacked a bus near Mocimboa da Praia, Mozambique.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("islamist-militia-mz");
    }

    @Test
    void aMilitiaNamedByItsPatronIsTheCodebooksProStateMilitia() {
        Event iran = only("On 4 May 2022, pro-Iran militias fired rockets at a US base near Al-Omar oil field in Deir ez-Zor, Syria.",
            EventType.REMOTE_VIOLENCE);
        assertThat(iran.side1()).containsExactly("militia-pro-iran");
        Event backed = only("On 6 May 2022, Iranian-backed militiamen shelled a village near Al-Bukamal, Syria.",
            EventType.REMOTE_VIOLENCE);
        assertThat(backed.side1()).containsExactly("militia-pro-iran");
        Event government = only("On 8 May 2022, pro-government militias killed three herders near Kutum, Sudan.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(government.side1()).containsExactly("militia-pro-government");
    }

    @Test
    void aTriggerNamingThePartysOwnMeansMakesThePartyTheActor() {
        Event e = only("On 9 May 2022, regime helicopters dropped barrel bombs on IS positions near Palmyra in Homs, Syria.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).containsExactly("syrian-arab-army");
        assertThat(e.side2()).containsExactly("islamic-state");
    }

    @Test
    void aProvinceThatIsOnlyTheCoreOfAGroupsNameStaysAPlace() {
        Event e = only("On 10 May 2022, gunmen shot dead a farmer in Chai village, Macomia district, Cabo Delgado.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).doesNotContain("islamic-state-mozambique");
    }

    @Test
    void aClaimOfResponsibilityInTheNextSentenceNamesWhoActed() {
        List<Event> events = events("On 12 May 2022, two Taliban fighters were shot dead near a checkpoint in Kunduz city. "
            + "Later Islamic State claimed responsibility for the attack.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).side1()).containsExactly("islamic-state");
        assertThat(events.get(0).evidence()).hasSize(2);
    }

    @Test
    void clashesBetweenACountedNumberOfOneGroupsUnitsPutTheGroupOnBothSides() {
        Event e = only("On 13 May 2022, a Taliban member was wounded during clashes between 2 Taliban groups in Khost city.",
            EventType.BATTLE);
        assertThat(e.side1()).isNotEmpty().isEqualTo(e.side2());
    }

    @Test
    void clashesBetweenRiotersAreRiotersAgainstRioters() {
        Event e = only("On 14 May 2022, clashes broke out between rioters in the Bab al-Tabbaneh neighbourhood of Tripoli, Lebanon.",
            EventType.RIOT);
        assertThat(e.side1()).containsExactly("rioters-lb");
        assertThat(e.side2()).containsExactly("rioters-lb");
    }

    @Test
    void whoeverTookAPlaceAfterClashesWithAGroupFoughtThatGroup() {
        Event e = only("On 15 May 2022, the Syrian army took control of Tal Sultan village in Idlib countryside after clashes "
            + "with Hay'at Tahrir al-Sham.", EventType.TERRITORY_CAPTURE);
        assertThat(e.side1()).containsExactly("syrian-arab-army");
        assertThat(e.side2()).containsExactly("hayat-tahrir-al-sham");
    }

    @Test
    void anAttackOnAPoliceStationTargetsThePolice() {
        Event e = only("On 16 May 2022, unknown assailants threw a grenade at a police station in Medellin, Antioquia, Colombia.",
            EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).containsExactly("police-forces-of-colombia");
    }

    @Test
    void aPoliceStationNamedOnlyAsALandmarkIsNoParty() {
        Event e = only("On 17 May 2022, gunmen shot dead a shopkeeper near the police station in Medellin, Antioquia, Colombia.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).doesNotContain("police-forces-of-colombia");
    }

    @Test
    void aCoordinatedSubjectOfAMutualFightIsBothSidesNotThePeopleItLeftWounded() {
        Event e = only("On 18 May 2022, army troops and ELN guerrillas clashed in a rural area of Tame, Arauca, Colombia, "
            + "leaving three people wounded.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("military-forces-of-colombia");
        assertThat(e.side2()).contains("eln");
    }

    @Test
    void anArmedPartyHitByNoOneNamedFoughtAnUnidentifiedArmedGroup() {
        Event e = only("On 19 May 2022, two Syrian Democratic Forces fighters were shot dead on a road near Al-Busayrah, Deir ez-Zor, Syria.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-sy");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void aLocalMilitiaIsTheCodebooksIdentityMilitia() {
        Event e = only("On 20 May 2022, a local militia ambushed Islamist insurgents near Mueda, Cabo Delgado, Mozambique.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("unidentified-communal-militia-mz");
        assertThat(e.side2()).containsExactly("islamist-militia-mz");
    }

    @Test
    void aMilitiaNamedByItsCommunityIsThatCommunitysIdentityMilitia() {
        Event e = only("On 21 May 2022, suspected Toposa militia abducted three herders near Kapoeta town, Eastern Equatoria, South Sudan.",
            EventType.ARREST_ABDUCTION);
        assertThat(e.side1()).containsExactly("communal-militia-toposa-ss");
    }

    @Test
    void aStatesNationalityBeforeARoleWordNamesNoCommunity() {
        Event e = only("On 22 May 2022, Sudanese gunmen shot dead a trader near Malakal, Upper Nile, South Sudan.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).noneMatch(id -> id.startsWith("communal-militia"));
    }

    @Test
    void lootingWithNoTargetNamedHitsCiviliansProperty() {
        Event e = only("On 23 May 2022, army soldiers looted shops in the market of Kalay town, Sagaing region, Myanmar.",
            EventType.LOOTING);
        assertThat(e.side2()).containsExactly("civilians-mm");
    }

    @Test
    void propertyDestroyedByNoOneNamedWasDestroyedByAnUnidentifiedArmedGroup() {
        Event e = only("On 24 May 2022, the car of a village chief was set on fire in Kharkiv, Ukraine.", EventType.LOOTING);
        assertThat(e.side1()).containsExactly("unidentified-armed-group-ua");
    }

    @Test
    void aBlastAtAGroupLeadersCarHitsTheGroup() {
        Event e = only("On 25 May 2022, an IED planted by unknown gunmen exploded in a Levant Front commander's car near Azaz, "
            + "Aleppo, Syria.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side2()).contains("levant-front");
    }

    @Test
    void theMilitaryForceInTheSingularIsTheCountrysMilitary() {
        Event e = only("On 26 May 2022, the military force shot dead two villagers in Kalay town, Sagaing region, Myanmar.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("military-forces-of-myanmar");
    }

    @Test
    void destructionReportedAfterAnAttackWasDoneByTheAttackers() {
        List<Event> events = events("On 27 May 2022, Islamist insurgents attacked civilians in Quirimba Island, Cabo Delgado, "
            + "Mozambique. Houses were burned and food was looted.");
        assertThat(events).filteredOn(e -> e.type() == EventType.LOOTING)
            .singleElement().satisfies(e -> assertThat(e.side1()).containsExactly("islamist-militia-mz"));
    }

    @Test
    void aReportNamingNoKnownPlaceTakesItsCountryFromTheGroupsItNames() {
        Event e = only("Fighters of the Oromo Liberation Army ambushed government soldiers on Monday, killing six soldiers.",
            EventType.BATTLE);
        assertThat(e.side1()).containsExactly("oromo-liberation-army");
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("military-forces-of-ethiopia"));
    }

    @Test
    void aGroupActiveInSeveralCountriesGivesNoCountryOnItsOwn() {
        Event e = only("Al-Shabaab militants ambushed an army convoy on Tuesday, killing four soldiers.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("al-shabaab");
        assertThat(e.actors()).noneSatisfy(id -> assertThat(id).startsWith("military-forces-of"));
    }

    @Test
    void aDownedMilitaryAircraftIsTheMilitarysLoss() {
        Event e = only("Rebels said they shot down a military helicopter near Kadugli on Monday.", EventType.DISRUPTED_WEAPONS);
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("military-forces-of-sudan"));
    }

    @Test
    void aNationalityCoordinatedWithANamedGroupActsToo() {
        Event e = only("Turkish and SNA forces shelled SDF positions near Tal Rifaat on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(e.side1()).contains("turkish-armed-forces", "syrian-national-army");
        assertThat(e.side2()).containsExactly("syrian-democratic-forces");
    }

    @Test
    void anExplosionWithNoLauncherNamedIsARemoteExplosiveNotShelling() {
        Event blast = only("An explosion at a crowded bus station in Garissa killed three people on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(blast.acled()).isEqualTo(AcledSubEvent.REMOTE_EXPLOSIVE_LANDMINE_IED);
        Event shells = only("Explosions from mortar shells killed three people in Garissa on Sunday.", EventType.REMOTE_VIOLENCE);
        assertThat(shells.acled()).isEqualTo(AcledSubEvent.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void theSubjectOfAWhenClauseDidWhatAnAgentlessPassiveReports() {
        Event e = only("Nine villagers were killed when ADF rebels raided the village of Mbau on Monday.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("allied-democratic-forces");
        assertThat(e.side1()).noneSatisfy(id -> assertThat(id).startsWith("unidentified"));
    }

    @Test
    void aNationalGuardIsTheMilitaryOfTheCountryTheEventHappenedIn() {
        Event e = only("Gunmen clashed with the National Guard in Culiacan, Sinaloa, on Friday.", EventType.BATTLE);
        assertThat(java.util.stream.Stream.concat(e.side1().stream(), e.side2().stream()))
            .contains("military-forces-of-mexico");
    }

    @Test
    void aHappeningNamedAfterAfterIsNotTheOneTheSentenceReports() {
        Event clash = only("Cartel gunmen clashed with soldiers in Culiacan, Sinaloa, on Thursday after the arrest of a cartel leader.",
            EventType.BATTLE);
        assertThat(clash.acled()).isEqualTo(AcledSubEvent.ARMED_CLASH);
        assertThat(events("Gunmen shot dead a mayoral candidate in Quito on Wednesday after a campaign rally."))
            .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.PROTEST));
        // a weak outcome word is the outcome of the happening the noun names
        only("Two policemen were killed following a grenade attack by unknown men in Jalalabad on Monday.",
            EventType.REMOTE_VIOLENCE);
    }

    @Test
    void aCountryNamingARiverIsNoParty() {
        Event e = only("Militants attacked a passenger boat on the Niger river near Ansongo on Thursday, killing 12 civilians.",
            EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.actors()).doesNotContain("niger", "military-forces-of-niger");
    }

    @Test
    void fightersWhoStormedABuildingAttackedIt() {
        Event e = only("On Friday, al-Shabaab fighters stormed a hotel in Kismayo.", EventType.BATTLE);
        assertThat(e.side1()).containsExactly("al-shabaab");
    }

    @Test
    void fightersWhoRaidedAVillageAttackedItOnTheGround() {
        Event e = only("ADF rebels raided a village near Beni on Monday, killing three farmers.", EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(e.side1()).containsExactly("allied-democratic-forces");
    }

    @Test
    void twoForcesThatBattledEachOtherAreOnOppositeSides() {
        Event e = only("The army and the Kachin Independence Army battled near Hpakant, Kachin on Sunday.", EventType.BATTLE);
        assertThat(e.side1()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("military-forces-of-myanmar"));
        assertThat(e.side2()).containsExactly("kachin-independence-army");
    }

    @Test
    void aModifierCoordinatedBeforeOneHeadNamesForcesOfItsOwn() {
        Event e = only("Government and rebel forces fought near Torit, Eastern Equatoria on Sunday.", EventType.BATTLE);
        assertThat(e.side1()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("military-forces-of-south-sudan"));
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("unidentified"));
    }

    @Test
    void rebelsCoordinatedWithTheArmyAreNotTheArmysOwnFighters() {
        Event e = only("The army and rebels clashed near Torit, Eastern Equatoria on Sunday.", EventType.BATTLE);
        assertThat(e.side2()).hasSize(1).allSatisfy(id -> assertThat(id).startsWith("unidentified"));
    }

    @Test
    void aDeviceMadeSafeIsDisruptedWeaponsUse() {
        Event e = only("On 3 March 2022, soldiers deactivated a bomb left under a bridge in Kandahar city, Kandahar.",
            EventType.DISRUPTED_WEAPONS);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void groundTakenWithoutAFightIsANonViolentTransferOfTerritory() {
        Event encroached = only("Armed herders encroached on farmland near Lodwar, Turkana on Monday.", EventType.TERRITORY_CAPTURE);
        assertThat(encroached.acled()).isEqualTo(AcledSubEvent.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        Event occupied = only("The army has occupied a hill near Lodwar, Turkana, residents said on Monday.", EventType.TERRITORY_CAPTURE);
        assertThat(occupied.acled()).isEqualTo(AcledSubEvent.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void anOccupiedPlaceNamedAsSuchIsNoCapture() {
        assertThat(events("A soldier beat a farmer in occupied Kherson, Kherson on Monday."))
            .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.TERRITORY_CAPTURE));
    }

    @Test
    void aPlaceIdentifiedAsAGroupsStrongholdIsABaseEstablished() {
        Event e = only("A slum in Nairobi was identified as a gang stronghold on Monday.", EventType.FORMATION);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.HEADQUARTERS_OR_BASE_ESTABLISHED);
        Event post = only("Israeli forces began work to set up a new army post near Kfarchouba on Monday.", EventType.FORMATION);
        assertThat(post.acled()).isEqualTo(AcledSubEvent.HEADQUARTERS_OR_BASE_ESTABLISHED);
        assertThat(events("Government forces fought Islamic State militants in their stronghold of Sirte on Monday."))
            .noneSatisfy(x -> assertThat(x.type()).isEqualTo(EventType.FORMATION));
    }

    @Test
    void aBlastWhoseBomberALaterSentenceCallsASuicideBomberIsASuicideBomb() {
        Event e = only("Three people were killed in a blast outside a police station in Mombasa on Sunday. Police later said the "
            + "attacker was a suicide bomber.", EventType.REMOTE_VIOLENCE);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.SUICIDE_BOMB);
    }

    @Test
    void aRiotWhoseReportNamesNoDemonstrationOrDemandIsMobViolence() {
        Event mob = only("On 2 May 2022, rioters beat a man suspected of stealing a goat in Kisumu, Kisumu.", EventType.RIOT);
        assertThat(mob.acled()).isEqualTo(AcledSubEvent.MOB_VIOLENCE);
        Event demo = only("On 2 May 2022, rioters burned tyres in Kisumu, Kisumu, calling for the mayor to resign.", EventType.RIOT);
        assertThat(demo.acled()).isEqualTo(AcledSubEvent.VIOLENT_DEMONSTRATION);
    }

    @Test
    void refugeesGoingHomeAreAnotherStrategicDevelopment() {
        Event e = only("On 3 May 2022, about 300 refugees returned to Burundi from Kigoma, Tanzania.", EventType.MOVEMENT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.OTHER);
    }

    @Test
    void aCrowdHarmingSomeoneRiotsAsAMob() {
        Event e = only("On 2 May 2022, a group of villagers beat and killed a man accused of stealing cattle in Kitui, Kitui.",
            EventType.RIOT);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.MOB_VIOLENCE);
        assertThat(e.side1()).allSatisfy(id -> assertThat(id).startsWith("rioters"));
        assertThat(e.side2()).allSatisfy(id -> assertThat(id).startsWith("civilians"));
    }

    @Test
    void oneManHarmingAnotherIsNoRiot() {
        assertThat(events("On 2 May 2022, a man stabbed a trader in Kitui, Kitui."))
            .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.RIOT));
    }

    @Test
    void aKillingAProtestDenouncesIsNotForceUsedOnIt() {
        Event e = only("On 2 May 2022, residents protested in Kitui, Kitui against the killing of two farmers by unknown gunmen.",
            EventType.PROTEST);
        assertThat(e.acled()).isEqualTo(AcledSubEvent.PEACEFUL_PROTEST);
        Event met = only("On 2 May 2022, residents protested in Kitui, Kitui against new taxes, and police killed one demonstrator.",
            EventType.PROTEST);
        assertThat(met.acled()).isEqualTo(AcledSubEvent.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    }

    @Test
    void aTollToldWithAWeaponDownedBelongsToTheFightingItNames() {
        List<Event> events = events("On 3 May 2022, PKK fighters clashed with Turkish soldiers near Zakho, Duhok. The PKK said 4 Turkish "
            + "soldiers were killed and a Turkish drone was shot down in the clashes.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.BATTLE);
            assertThat(e.fatalities()).isEqualTo(4);
        });
    }

    @Test
    void aCrowdPressingADemandDemonstratesThoughNoProtestIsNamed() {
        Event gathered = only("On 2 May 2022, teachers gathered outside the ministry in Nairobi, Nairobi, demanding unpaid salaries.",
            EventType.PROTEST);
        assertThat(gathered.acled()).isEqualTo(AcledSubEvent.PEACEFUL_PROTEST);
        Event stones = only("On 2 May 2022, residents blocked the main road with stones in Kisumu, Kisumu to demand water.", EventType.RIOT);
        assertThat(stones.acled()).isEqualTo(AcledSubEvent.VIOLENT_DEMONSTRATION);
    }

    @Test
    void anArmedGroupPressingADemandHoldsNoDemonstration() {
        assertThat(events("The Islamic State is demanding that the army release its fighters held in Raqqa."))
            .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.PROTEST));
    }
}
