package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.testing.HandArticle;

class RegistryActorStageTest {
    private static final RegistryActorStage STAGE = RegistryActorStage.loadDefault();

    private static ResolvedArticle resolve(HandArticle articles) {
        return STAGE.resolve(articles.build());
    }

    private static List<String> ids(ResolvedArticle r) {
        return r.mentions().stream().map(ActorMention::actorId).toList();
    }

    private static Optional<ActorMention> mention(ResolvedArticle r, String text) {
        return r.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Actor actor(ResolvedArticle r, String id) {
        return r.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void findsRegistryNamesByLongestMatchDespiteWrongNerTags() {
        ResolvedArticle r = resolve(HandArticle.of("Fighters of Al Nusrah Front overran positions held by Harakat Hazzm near Kafar Nouran.")
                .tag("Al Nusrah", "PERSON").tag("Kafar Nouran", "PERSON"));
        assertThat(mention(r, "Al Nusrah Front")).hasValueSatisfying(m -> assertThat(m.actorId()).isEqualTo("nusra-front"));
        assertThat(mention(r, "Harakat Hazzm")).hasValueSatisfying(m -> assertThat(m.actorId()).isEqualTo("hazm-movement"));
        assertThat(r.actors()).extracting(Actor::name).doesNotContain("Kafar Nouran");
    }

    @Test
    void resolvesPossessivesAndRelationAffixes() {
        ResolvedArticle r = resolve(HandArticle.of("Hazm’s commanders met Ahrar al-Sham's envoys after the US-backed talks and al-Qaeda-linked raids."));
        assertThat(ids(r)).contains("hazm-movement", "ahrar-al-sham", "united-states", "al-qaeda");
        assertThat(mention(r, "Hazm")).isPresent();
        assertThat(mention(r, "US")).isPresent();
    }

    @Test
    void readsANameWhosePossessiveLostItsApostropheAsThePossessor() {
        ResolvedArticle r = resolve(HandArticle.of("The PKKs Syrian wing took the town while Assads regime looked on."));
        assertThat(mention(r, "PKKs")).hasValueSatisfying(m -> {
            assertThat(m.actorId()).isEqualTo("pkk");
            assertThat(m.rule()).isEqualTo("possessive");
        });
        assertThat(mention(r, "Assads")).hasValueSatisfying(m -> assertThat(m.actorId()).isEqualTo("bashar-al-assad"));
    }

    @Test
    void aPluralBeforeAVerbIsNoPossessive() {
        ResolvedArticle r = resolve(HandArticle.of("Witnesses said the PKKs fought first."));
        assertThat(mention(r, "PKKs")).isEmpty();
    }

    @Test
    void neverReadsLowerCaseIsOrUsAsActors() {
        ResolvedArticle r = resolve(HandArticle.of("It is clear to us that IS fighters and US jets were there."));
        assertThat(ids(r)).containsExactly("islamic-state", "united-states");
    }

    @Test
    void learnsAnAbbreviationFromParenthesesForThisArticleOnly() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Fighters of Liwa Nusur al-Badiya (LNB) reached the town.",
                "Later LNB withdrew."));
        String id = mention(r, "Liwa Nusur al-Badiya").orElseThrow().actorId();
        assertThat(id).startsWith("x-");
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("LNB")).hasSize(2)
                .allSatisfy(m -> assertThat(m.actorId()).isEqualTo(id));
        ResolvedArticle other = resolve(HandArticle.of("Later LNB withdrew."));
        assertThat(other.mentions()).isEmpty();
    }

    @Test
    void learnsAnAliasFromOrTheApposition() {
        ResolvedArticle r = resolve(HandArticle.of(
                "The Hazm Movement, or the Steadfast Brigades of the North, said it would regroup.",
                "Steadfast Brigades of the North fighters left the base."));
        assertThat(r.mentions()).filteredOn(m -> m.text().startsWith("Steadfast"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.actorId()).isEqualTo("hazm-movement"));
        Actor hazm = actor(r, "hazm-movement");
        assertThat(hazm.aliases()).filteredOn(a -> a.name().equals("Steadfast Brigades of the North"))
                .singleElement().satisfies(a -> {
                    assertThat(a.origin()).isEqualTo("learned");
                    assertThat(a.note()).contains("or the Steadfast");
                });
    }

    @Test
    void learnsAnAliasFromAlsoKnownAsAndQuotedTranslations() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Jaysh al-Islam (\"Islam's Soldiers Army\") shelled the road.",
                "Faylaq al-Rahman, also known as the Merciful Corps, denied it."));
        assertThat(actor(r, "jaysh-al-islam").aliases()).extracting(Alias::name).contains("Islam's Soldiers Army");
        assertThat(actor(r, "faylaq-al-rahman").aliases()).extracting(Alias::name).contains("Merciful Corps");
    }

    @Test
    void learnsAFormerNameWhenTheArticleSaysWasKnownAs() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Before it merged, Jaysh al-Izza was known as Tajammu Ahrar al-Shimal.",
                "Tajammu Ahrar al-Shimal had fought in Hama."));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("Tajammu Ahrar al-Shimal"))
                .hasSize(2).allSatisfy(m -> assertThat(m.actorId()).isEqualTo("jaysh-al-izza"));
    }

    @Test
    void doesNotLearnARegistryActorAsAnotherActorsAlias() {
        ResolvedArticle r = resolve(HandArticle.of("Before adopting its current name, HTS was known as Jabhat al-Nusra."));
        assertThat(ids(r)).containsExactly("hayat-tahrir-al-sham", "nusra-front");
    }

    @Test
    void discoversAnUnknownLiwaWithAStableId() {
        ResolvedArticle first = resolve(HandArticle.of("Liwa Suqour al-Jabal fighters captured two hills."));
        ResolvedArticle second = resolve(HandArticle.of("Shelling hit the headquarters of Liwa Suqur al Jabal on Monday."));
        ActorMention a = mention(first, "Liwa Suqour al-Jabal").orElseThrow();
        ActorMention b = mention(second, "Liwa Suqur al Jabal").orElseThrow();
        assertThat(a.actorId()).startsWith("x-").isEqualTo(b.actorId());
        assertThat(a.rule()).isEqualTo("discovered");
        Actor actor = actor(first, a.actorId());
        assertThat(actor.discovered()).isTrue();
        assertThat(actor.kind()).isEqualTo(ActorKind.GROUP);
    }

    @Test
    void discoversEnglishNamedBrigadesAndOperationsRooms() {
        ResolvedArticle r = resolve(HandArticle.of("The Martyr Qassim Brigade and the Qadisiyah Operations Room attacked."));
        assertThat(r.actors()).filteredOn(Actor::discovered).extracting(Actor::name, Actor::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Martyr Qassim Brigade", ActorKind.GROUP),
                        org.assertj.core.groups.Tuple.tuple("Qadisiyah Operations Room", ActorKind.COALITION));
    }

    @Test
    void neverTurnsPlacesNumberedUnitsOrGenericPhrasesIntoGroups() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Fighters took the 46th Brigade base, Deir Sonbol and the Sheikh Salman camp.",
                "The Army said a Syrian Army tank was hit near the Aleppo Brigade headquarters.",
                "The Front did not comment, and the Levant Force stayed away.")
                .tag("Deir Sonbol", "LOCATION").tag("Aleppo", "CITY"));
        assertThat(r.actors()).filteredOn(Actor::discovered).isEmpty();
        assertThat(ids(r)).contains("syrian-arab-army");
    }

    @Test
    void discoversPeopleOnlyWhenTheSentenceTiesThemToAGroup() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Nusra said Hazm killed a commander named Abu Zaid al-Raqqawi.",
                "Karim Haddad, a shopkeeper, said the market reopened.")
                .tag("Karim Haddad", "PERSON"));
        assertThat(r.actors()).filteredOn(Actor::discovered).extracting(Actor::name, Actor::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Abu Zaid al-Raqqawi", ActorKind.PERSON));
    }

    @Test
    void givesTheSameKunyaTheSameIdAcrossSpellings() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Hazm killed a commander named Abu Yasir Idlibi.",
                "Nusra demanded the body of Sheikh Abu Yassir al Idlibi."));
        List<String> people = r.mentions().stream().filter(m -> m.actorId().startsWith("x-")).map(ActorMention::actorId).toList();
        assertThat(people).hasSize(2).containsOnly(people.get(0));
    }

    @Test
    void attachesTheGroupToTheOnlyCandidateInContext() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Jund al-Aqsa released a statement.",
                "The jihadist group said it would fight on.",
                "Hazm and Nusra clashed again.",
                "The group said nothing."));
        assertThat(r.mentions()).filteredOn(m -> m.rule().equals("context")).singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo("The jihadist group");
                    assertThat(m.actorId()).isEqualTo("jund-al-aqsa");
                });
    }

    @Test
    void attachesTheCoalitionAndTheFrontByKind() {
        ResolvedArticle r = resolve(HandArticle.of(
                "Ahrar al-Sham fighters joined the Levant Front in Aleppo.",
                "The coalition said the Front would hold the line."));
        assertThat(r.mentions()).filteredOn(m -> m.rule().equals("context")).extracting(ActorMention::actorId)
                .containsExactly("levant-front", "levant-front");
    }

    @Test
    void listsActorsWithSeenAndSpellingRuleAliases() {
        ResolvedArticle r = resolve(HandArticle.of("Hazzm fighters fled.", "Harkat Hazm later dissolved."));
        Actor hazm = actor(r, "hazm-movement");
        assertThat(hazm.aliases()).extracting(Alias::name, Alias::origin)
                .contains(org.assertj.core.groups.Tuple.tuple("Hazzm", "seen"),
                        org.assertj.core.groups.Tuple.tuple("Harkat Hazm", "spelling rule"),
                        org.assertj.core.groups.Tuple.tuple("Harakat Hazm", "registry"));
        assertThat(hazm.lineage()).isNotEmpty();
    }

    @Test
    void readsLowerCaseConventionsAsTheSyrianArabArmy() {
        ResolvedArticle r = resolve(HandArticle.of("Rebels battled regime forces and pro-government forces in Handarat."));
        assertThat(ids(r)).containsExactly("syrian-arab-army", "syrian-arab-army");
        assertThat(r.mentions()).allSatisfy(m -> assertThat(m.rule()).isEqualTo("convention"));
    }
}
