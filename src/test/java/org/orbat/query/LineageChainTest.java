package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Lineage;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Lineage is succession only, walked from the actor asked backwards and forwards (issue 14: the tree
 * nested "Levant Front merged_from Hazm Movement" under HTS and printed ids for names).
 */
class LineageChainTest {
    /** Curated actors no document mentioned: the Islamic State of Iraq, which Nusra split from; Zenki, which joined HTS. */
    private static final List<Actor> REGISTRY = List.of(
        new Actor("islamic-state-of-iraq", "Islamic State of Iraq", ActorKind.GROUP, List.of(),
            List.of(new Lineage("renamed_to", "islamic-state", DateValue.month(2013, 4))), false),
        new Actor("al-nusra-front", "Al-Nusra Front", ActorKind.GROUP, List.of(),
            List.of(new Lineage("split_from", "islamic-state-of-iraq", DateValue.month(2013, 4))), false),
        new Actor("nour-al-din-al-zenki", "Nour al-Din al-Zenki Movement", ActorKind.GROUP, List.of(),
            List.of(new Lineage("merged_into", "hayat-tahrir-al-sham", DateValue.month(2017, 1))), false),
        new Actor("islamic-state", "Islamic State", ActorKind.GROUP, List.of(), List.of(), false));

    @TempDir
    Path dir;
    JdbcKnowledgeBase kb;
    QueryService queries;

    @BeforeEach
    void open() {
        kb = SyrianFixture.create(dir.resolve("kb.db"));
        CuratedActors curated = () -> REGISTRY;
        queries = new QueryService(kb.readModel(), ActorFinder.none(), curated, PlaceSpellings.none(), QueryServiceTest.CLOCK,
            Duration.ZERO);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    private static List<String> described(LineageChain chain) {
        return chain.steps().stream().map(s -> s.date() + " " + s.from().name() + " " + s.phrase() + " " + s.to().name()).toList();
    }

    @Test
    void followsNusraBackToTheIslamicStateOfIraqAndForwardToHtsInDateOrderByName() {
        LineageChain chain = queries.lineage("Jabhat al-Nusra");
        assertThat(described(chain)).containsExactly(
            "2013-04 Al-Nusra Front split from Islamic State of Iraq",
            "2016-07 Al-Nusra Front renamed to Jabhat Fateh al-Sham",
            "2017-01 Jabhat Fateh al-Sham merged into Hayat Tahrir al-Sham");
        assertThat(chain.predecessors()).extracting(ActorRef::name).containsExactly("Islamic State of Iraq");
        assertThat(chain.successors()).extracting(ActorRef::name).containsExactly("Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham");
    }

    @Test
    void leavesOutTheOtherPartnersOfASuccessorsMerger() {
        assertThat(queries.lineage("Jabhat al-Nusra").steps()).extracting(s -> s.from().id()).doesNotContain("nour-al-din-al-zenki");
        assertThat(queries.lineage("HTS").predecessors()).extracting(ActorRef::id)
            .containsExactlyInAnyOrder("jabhat-fateh-al-sham", "nour-al-din-al-zenki", "al-nusra-front", "islamic-state-of-iraq");
    }

    @Test
    void aCuratedActorNoDocumentMentionedHasItsLineageAndSuccessors() {
        LineageChain chain = queries.lineage("islamic-state-of-iraq");
        assertThat(chain.actor().name()).isEqualTo("Islamic State of Iraq");
        assertThat(chain.successors()).extracting(ActorRef::name)
            .containsExactly("Islamic State", "Al-Nusra Front", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham");
        assertThat(queries.lineage("islamic-state").predecessors()).extracting(ActorRef::name).containsExactly("Islamic State of Iraq");
        assertThat(queries.actor("islamic-state-of-iraq", null).mentions()).isZero();
    }

    @Test
    void membershipIsNotLineage() {
        assertThat(queries.lineage("Hazzm").steps()).isEmpty();
        assertThat(queries.lineage("Levant Front").steps()).isEmpty();
    }

    @Test
    void aNetworkNamesACuratedActorNoDocumentMentionedByItsName() {
        SyrianFixture.addRelationReport(kb, "doc-9", "Hazm fought alongside Zenki fighters.", org.orbat.model.RelationType.ALLY_OF,
            "nour-al-din-al-zenki", DateValue.month(2015, 5));
        assertThat(queries.network("2015-06", null, 0).actors()).extracting(ActorRef::name)
            .contains("Nour al-Din al-Zenki Movement").doesNotContain("nour-al-din-al-zenki");
    }
}
