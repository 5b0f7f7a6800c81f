package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.testing.HandArticle;

/** Every country's forces, from the generated country tables and the curated split governments. */
class CountryForcesTest {
    private static final RegistryActorStage STAGE = RegistryActorStage.loadDefault();

    private static List<String> names(HandArticle articles) {
        ResolvedArticle r = STAGE.resolve(articles.build());
        return r.mentions().stream().map(m -> r.actors().stream().filter(a -> a.id().equals(m.actorId()))
                .findFirst().map(Actor::name).orElseThrow()).toList();
    }

    @Test
    void resolvesForcesByDemonymForSeveralCountries() {
        assertThat(names(HandArticle.of("Nigerian troops repelled the raid while Malian soldiers stayed in their base.")))
                .containsExactly("Military Forces of Nigeria", "Military Forces of Mali");
        assertThat(names(HandArticle.of("Ukrainian military units and Burmese army columns were named in two reports.")))
                .containsExactly("Military Forces of Ukraine", "Military Forces of Myanmar");
        assertThat(names(HandArticle.of("Afghan police detained a trader and Kenyan police officers stayed away.")))
                .containsExactly("Police Forces of Afghanistan", "Police Forces of Kenya");
    }

    @Test
    void namesStateForcesAfterTheAcledCodebookAsStateForces() {
        ActorRegistry registry = STAGE.resolver().registry();
        RegistryEntry yemen = registry.require("military-forces-of-yemen");
        assertThat(yemen.actor().name()).isEqualTo("Military Forces of Yemen");
        assertThat(yemen.actor().kind()).isEqualTo(ActorKind.STATE_FORCE);
        assertThat(registry.require("police-forces-of-chad").actor().kind()).isEqualTo(ActorKind.STATE_FORCE);
    }

    @Test
    void mergesGeneratedPressNamesIntoCuratedForces() {
        assertThat(names(HandArticle.of("Russian soldiers advanced and Turkish soldiers withdrew.")))
                .containsExactly("Russian Armed Forces", "Turkish Armed Forces");
    }

    @Test
    void keepsYemensTwoGovernmentsApart() {
        assertThat(names(HandArticle.of("Yemeni government forces repelled an assault by Houthi fighters.",
                "The Sanaa authorities denied it.")))
                .containsExactly("Military Forces of Yemen", "Ansar Allah (Houthis)", "Supreme Political Council");
    }

    @Test
    void keepsLibyasRivalForcesApart() {
        assertThat(names(HandArticle.of("GNA-allied forces fought Haftar forces south of the capital.")))
                .containsExactly("Military Forces of Libya (Government of National Accord)", "Libyan National Army");
    }

    @Test
    void codesTheTalibanAsAfghanistansForcesFromAugust2021() {
        assertThat(names(HandArticle.of("Taliban fighters and Afghan forces fought near the pass.").published("2020-06-01")))
                .containsExactly("Taliban", "Military Forces of Afghanistan (2004-2021)");
        assertThat(names(HandArticle.of("Taliban fighters and Afghan forces searched the pass.").published("2022-06-01")))
                .containsExactly("Military Forces of Afghanistan (2021-)", "Military Forces of Afghanistan (2021-)");
    }

    @Test
    void neverReadsIsForcesAsTheUnitedStates() {
        assertThat(names(HandArticle.of("IS forces entered the town before US forces arrived.")))
                .doesNotContain("United States").containsExactly("Islamic State", "United States Armed Forces");
    }

    @Test
    void leavesShortAmbiguousAcronymsUnresolved() {
        assertThat(names(HandArticle.of("AA said PDF files were sent."))).isEmpty();
    }

    @Test
    void keepsTheNationalityInsideANameToTheName() {
        assertThat(names(HandArticle.of("Syrian Democratic Forces and Free Syrian Army units met.")))
                .containsExactly("Syrian Democratic Forces", "Free Syrian Army");
    }

    /** Regression: vowel folding read the towns of Pale and Kabi as Palau and Cuba. */
    @Test
    void readsTownsSpeltLikeCountriesAsNoActor() {
        assertThat(names(HandArticle.of("Grenades exploded in Pale and near Kabi."))).isEmpty();
        assertThat(names(HandArticle.of("Delegates from Palau and Cuba met."))).containsExactly("Palau", "Cuba");
    }

    @Test
    void givesAnAdjectiveOfTwoStatesToNeither() {
        assertThat(names(HandArticle.of("Congolese forces were seen."))).isEmpty();
    }
}
