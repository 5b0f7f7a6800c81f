package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.EventType;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.store.JdbcKnowledgeBase;

class QueryServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    JdbcKnowledgeBase kb;
    QueryService queries;

    @BeforeEach
    void open() {
        kb = SyrianFixture.create(dir.resolve("kb.db"));
        queries = QueryService.over(kb.readModel(), CLOCK);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void networkFlipsHazmAndNusraFromAlliesToRivals() {
        assertThat(queries.network("2014-10", null, 0).ties())
            .filteredOn(t -> t.source().id().equals("al-nusra-front") && t.target().id().equals("hazm-movement"))
            .extracting(Tie::type).containsExactly(RelationType.ALLY_OF);
        assertThat(queries.network("2015-03", null, 0).ties())
            .filteredOn(t -> t.source().id().equals("al-nusra-front") && t.target().id().equals("hazm-movement"))
            .extracting(Tie::type).containsExactly(RelationType.RIVAL_OF);
    }

    @Test
    void aPairsHistoryListsEachStatedRelationOldestFirstWithItsSentence() {
        PairHistory history = queries.relations("Hazzm", "Jabhat al-Nusra");
        assertThat(history.first().id()).isEqualTo("hazm-movement");
        assertThat(history.second().id()).isEqualTo("al-nusra-front");
        assertThat(history.relations()).extracting(FactEvidence::type).containsExactly("ally_of", "rival_of");
        assertThat(history.relations().get(1).evidence()).singleElement()
            .satisfies(e -> assertThat(e.document().id()).isEqualTo("doc-2"));
        assertThat(queries.relations("Levant Front", "Nusra").relations()).isEmpty();
    }

    @Test
    void aPairsHistoryOfOneActorWithItselfIsABadParameter() {
        assertThatThrownBy(() -> queries.relations("Hazzm", "Harakat Hazm")).isInstanceOf(InvalidParameterException.class)
            .hasMessageContaining("same actor");
    }

    @Test
    void networkBeforeAnyRelationStartedHoldsOnlyUndatedAndEarlierTies() {
        Network network = queries.network("2013-06-01", null, 0);
        assertThat(network.ties()).extracting(Tie::type).containsExactly(RelationType.RIVAL_OF);
        assertThat(network.actors()).extracting(ActorRef::id).containsExactlyInAnyOrder("al-nusra-front", "syrian-government");
    }

    @Test
    void networkAroundAnActorFollowsTiesToTheGivenDepth() {
        Network one = queries.network("2015-06", "Hazzm", 1);
        assertThat(one.center().id()).isEqualTo("hazm-movement");
        assertThat(one.actors()).extracting(ActorRef::id)
            .containsExactlyInAnyOrder("hazm-movement", "al-nusra-front", "levant-front");
        Network two = queries.network("2015-06", "Hazzm", 2);
        assertThat(two.actors()).extracting(ActorRef::id).contains("syrian-government");
    }

    @Test
    void cachedNetworkAnswersAsTheUncachedOneDoes() {
        QueryService cached = new QueryService(kb.readModel(), ActorFinder.none(), CLOCK, java.time.Duration.ofMinutes(1));
        for (String at : new String[] {"2012", "2014-10", "2015-03", "2015-06-30"}) {
            assertThat(cached.network(at, null, 0)).as(at).isEqualTo(queries.network(at, null, 0));
        }
    }

    @Test
    void findsAnActorByAliasIgnoringCase() {
        ActorProfile profile = queries.actor("HARAKAT hazm", "2015-03");
        assertThat(profile.id()).isEqualTo("hazm-movement");
        assertThat(profile.name()).isEqualTo("Hazm Movement");
        assertThat(queries.actor("hazm-movement", null).id()).isEqualTo("hazm-movement");
        assertThat(queries.actor("hazm movement", null).id()).isEqualTo("hazm-movement");
    }

    @Test
    void profileShowsAliasesWithOriginAndDocumentsRelationsEventsAndMentions() {
        ActorProfile profile = queries.actor("Hazm Movement", "2015-03");
        assertThat(profile.aliases()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Hazzm");
            assertThat(a.origin()).isEqualTo("spelling rule");
            assertThat(a.documents()).contains("doc-1", "doc-2", "doc-3");
            assertThat(a.notes()).containsExactly("Nusra declared war on Hazzm.");
        });
        assertThat(profile.aliases()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Harakat Hazm");
            assertThat(a.origin()).isEqualTo("registry");
            assertThat(a.documents()).isEmpty();
        });
        assertThat(profile.relations()).extracting(Tie::type)
            .containsExactlyInAnyOrder(RelationType.RIVAL_OF, RelationType.MEMBER_OF);
        assertThat(profile.latestEvents()).extracting(EventSummary::id).containsExactly("doc-2-e1", "doc-2-e0");
        assertThat(profile.lineage()).as("membership is a relation, not lineage").isEmpty();
        assertThat(profile.mentions()).isEqualTo(4);
    }

    @Test
    void unknownActorNamesTheName() {
        assertThatThrownBy(() -> queries.actor("Free Syrian Navy", null)).isInstanceOf(UnknownActorException.class)
            .hasMessageContaining("Free Syrian Navy");
    }

    @Test
    void pluggedInResolverAnswersWhatExactLookupMisses() {
        QueryService withResolver = new QueryService(kb.readModel(),
            ActorFinder.of(name -> name.equals("Harakat Hazzm") ? Optional.of("hazm-movement") : Optional.empty()), CLOCK);
        assertThat(withResolver.actor("Harakat Hazzm", null).id()).isEqualTo("hazm-movement");
    }

    @Test
    void badDateIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> queries.network("2015-13", null, 0)).isInstanceOf(InvalidParameterException.class)
            .hasMessageContaining("at").hasMessageContaining("2015-13");
    }

    @Test
    void eventsFilterByActorPlaceGovernoratePeriodAndType() {
        assertThat(ids(new EventCriteria("Nusra", null, null, null, null, 0, 50)))
            .containsExactly("doc-2-e0", "doc-1-e0");
        assertThat(ids(new EventCriteria(null, "atarib", null, null, null, 0, 50))).containsExactly("doc-2-e0");
        assertThat(ids(new EventCriteria(null, "Aleppo", null, null, null, 0, 50))).containsExactly("doc-2-e1", "doc-2-e0");
        assertThat(ids(new EventCriteria(null, null, "2015-03-01", "2015-04", null, 0, 50))).containsExactly("doc-2-e0");
        assertThat(ids(new EventCriteria(null, null, "2015-05-20", null, null, 0, 50))).containsExactly("doc-2-e1");
        assertThat(ids(new EventCriteria(null, null, null, null, "territory_capture", 0, 50))).containsExactly("doc-1-e0");
    }

    @Test
    void eventsPageAndSayWhetherMoreFollow() {
        EventPage first = queries.events(new EventCriteria(null, null, null, null, null, 0, 2));
        assertThat(first.events()).hasSize(2);
        assertThat(first.more()).isTrue();
        EventPage second = queries.events(new EventCriteria(null, null, null, null, null, 1, 2));
        assertThat(second.events()).extracting(EventSummary::id).containsExactly("doc-1-e0");
        assertThat(second.more()).isFalse();
        assertThatThrownBy(() -> queries.events(new EventCriteria(null, null, null, null, null, -1, 2)))
            .isInstanceOf(InvalidParameterException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> queries.events(new EventCriteria(null, null, null, null, "picnic", 0, 2)))
            .isInstanceOf(InvalidParameterException.class).hasMessageContaining("picnic");
    }

    @Test
    void injectionTextIsJustAnUnmatchedValue() {
        assertThatThrownBy(() -> ids(new EventCriteria(null, "' OR 1=1 --", null, null, null, 0, 50)))
            .isInstanceOf(UnknownPlaceException.class);
        assertThatThrownBy(() -> queries.actor("' OR 1=1 --", null)).isInstanceOf(UnknownActorException.class);
        assertThat(queries.actors("%' OR 1=1 --", 0, 50)).isEmpty();
    }

    @Test
    void evidenceShowsTwoDisagreeingTollsWithTheirSourcesAndDocuments() {
        FactEvidence fact = queries.evidence("doc-2-e0");
        assertThat(fact.kind()).isEqualTo("event");
        assertThat(fact.type()).isEqualTo(EventType.BATTLE.code());
        assertThat(fact.tolls()).containsExactly(45, 80);
        assertThat(fact.tollsDisagree()).isTrue();
        assertThat(fact.sources()).containsExactly("Syrian Observatory for Human Rights", "Hazm Movement");
        assertThat(fact.stances()).containsExactly(Stance.ASSERTED, Stance.CLAIMED);
        assertThat(fact.evidence()).extracting(e -> e.document().title()).containsExactly("Nusra crushes Hazm", "Hazm counts its dead");
        assertThat(fact.evidence()).extracting(EvidenceItem::text).containsExactly(SyrianFixture.TOLL_SOHR, SyrianFixture.TOLL_HAZM);
    }

    @Test
    void evidenceOfARelationNamesItsParties() {
        String factId = queries.network("2014-10", null, 0).ties().stream()
            .filter(t -> t.type() == RelationType.ALLY_OF).findFirst().orElseThrow().factIds().get(0);
        FactEvidence fact = queries.evidence(factId);
        assertThat(fact.kind()).isEqualTo("relation");
        assertThat(fact.actors()).extracting(ActorRef::name).containsExactly("Al-Nusra Front", "Hazm Movement");
        assertThat(fact.evidence()).extracting(EvidenceItem::text).containsExactly(SyrianFixture.ALLIANCE);
        assertThatThrownBy(() -> queries.evidence("no-such-fact")).isInstanceOf(UnknownFactException.class)
            .hasMessageContaining("no-such-fact");
    }

    @Test
    void actorsAreListedMostMentionedFirstAndFilterByAlias() {
        assertThat(queries.actors(null, 0, 50).get(0)).isEqualTo(
            new ActorSummary("hazm-movement", "Hazm Movement", org.orbat.model.ActorKind.GROUP, 4));
        assertThat(queries.actors("shamiya", 0, 50)).extracting(ActorSummary::id).containsExactly("levant-front");
    }

    @Test
    void jsonUsesSnakeCaseIsoDatesAndCodes() {
        String json = QueryJson.line(queries.evidence("doc-2-e0"));
        assertThat(json).contains("\"fact_id\":\"doc-2-e0\"", "\"date\":\"2015-02-28\"", "\"stance\":\"claimed\"",
            "\"tolls_disagree\":true");
        assertThat(QueryJson.line(Map.of("t", RelationType.ALLY_OF))).isEqualTo("{\"t\":\"ally_of\"}");
    }

    private java.util.List<String> ids(EventCriteria criteria) {
        return queries.events(criteria).events().stream().map(EventSummary::id).toList();
    }
}
