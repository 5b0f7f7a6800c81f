package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.lexicon.Language;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.TestDatabases;

/**
 * The whole network keeps the actors' names between queries ({@link ActorIndex}); a document
 * ingested in between, by the same process or another, must show in the next answer all the same.
 */
class NetworkAfterIngestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Actor ALPHA = actor("alpha", "Alpha Brigade");
    private static final Actor BRAVO = actor("bravo", "Bravo Brigade");
    private static final Actor FRONT = actor("front", "Northern Front");

    static List<String> databases() throws IOException {
        return TestDatabases.all(Files.createTempDirectory("orbat-ingest"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wholeNetworkNamesAnActorRenamedByADocumentIngestedBetweenTwoQueries(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document("doc-1", List.of(ALPHA, BRAVO, FRONT),
                List.of(joins("alpha", "front"), joins("bravo", "front"))));
            QueryService queries = QueryService.over(kb.readModel(), CLOCK);
            assertThat(queries.network("2016", null, 0).actors()).extracting(ActorRef::name)
                .containsExactly("Alpha Brigade", "Bravo Brigade", "Northern Front");

            kb.replaceDocument(document("doc-2", List.of(actor("alpha", "Zulu Brigade")), List.of()));

            Network network = queries.network("2016", null, 0);
            assertThat(network.actors()).extracting(ActorRef::name)
                .containsExactly("Bravo Brigade", "Northern Front", "Zulu Brigade");
            assertThat(network.ties()).extracting(t -> t.source().name()).containsExactly("Bravo Brigade", "Zulu Brigade");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wholeNetworkShowsADocumentAnotherConnectionIngestedBetweenTwoQueries(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db); JdbcKnowledgeBase other = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document("doc-1", List.of(ALPHA, FRONT), List.of(joins("alpha", "front"))));
            QueryService queries = QueryService.over(kb.readModel(), CLOCK);
            assertThat(queries.network("2016", null, 0).ties()).hasSize(1);

            other.replaceDocument(document("doc-2", List.of(actor("alpha", "Alpha Brigade (renamed)"),
                actor("charlie", "Charlie Brigade"), FRONT), List.of(joins("charlie", "front"))));

            Network network = queries.network("2016", null, 0);
            assertThat(network.actors()).extracting(ActorRef::name)
                .containsExactly("Alpha Brigade (renamed)", "Charlie Brigade", "Northern Front");
            assertThat(network.ties()).extracting(t -> t.source().id()).containsExactly("alpha", "charlie");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anActorWithoutAnActorRowIsNamedByItsIdAndListedByThatName(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document("doc-1", List.of(ALPHA, FRONT),
                List.of(joins("alpha", "front"), joins("Mystery unit", "front"))));
            QueryService queries = QueryService.over(kb.readModel(), CLOCK);
            Network network = queries.network("2016", null, 0);
            assertThat(network.actors()).extracting(ActorRef::name)
                .containsExactly("Alpha Brigade", "Mystery unit", "Northern Front");
            assertThat(network.ties()).extracting(t -> t.source().name()).containsExactly("Alpha Brigade", "Mystery unit");
            assertThat(network.ties()).isEqualTo(queries.network("2016", "front", 1).ties());
        }
    }

    private static Actor actor(String id, String name) {
        return new Actor(id, name, ActorKind.GROUP, List.of(), List.of(), false);
    }

    private static Relation joins(String member, String coalition) {
        return new Relation(RelationType.MEMBER_OF, member, coalition, DateValue.year(2015), null,
            new Evidence("doc", 0, "They joined.", null, null, Stance.ASSERTED));
    }

    private static DocumentFacts document(String id, List<Actor> actors, List<Relation> relations) {
        DocumentRecord doc = new DocumentRecord(id, "file:/x/" + id, "/x/" + id + ".txt", null, "Title", "Outlet", null,
            DateValue.year(2015), "metadata", "hash-" + id, Language.ENGLISH);
        return new DocumentFacts(doc, "They joined.", List.of(), List.of(), actors, relations, List.of());
    }
}
