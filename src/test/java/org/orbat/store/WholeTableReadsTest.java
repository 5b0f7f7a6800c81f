package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

/** The reads behind the whole network: relations begun by a date, every actor's name, and the change token. */
class WholeTableReadsTest {
    static List<String> databases() throws IOException {
        return TestDatabases.all(Files.createTempDirectory("orbat-whole"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changeTokenMovesWhenThisKnowledgeBaseStoresADocument(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            ReadModel read = kb.readModel();
            String before = read.changeToken();
            kb.replaceDocument(JdbcKnowledgeBaseTest.facts("doc-1", "h1", "Hazzm fought Nusra.", List.of()));
            assertThat(read.changeToken()).isNotEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changeTokenMovesWhenAnotherConnectionStoresADocument(String db) {
        try (JdbcKnowledgeBase reader = JdbcKnowledgeBase.open(db); JdbcKnowledgeBase writer = JdbcKnowledgeBase.open(db)) {
            ReadModel read = reader.readModel();
            String before = read.changeToken();
            writer.replaceDocument(JdbcKnowledgeBaseTest.facts("doc-1", "h1", "Hazzm fought Nusra.", List.of()));
            assertThat(read.changeToken()).isNotEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changeTokenStaysWhileNothingIsWritten(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(JdbcKnowledgeBaseTest.facts("doc-1", "h1", "Hazzm fought Nusra.", List.of()));
            ReadModel read = kb.readModel();
            // PostgreSQL's snapshot is server-wide: a test writing to another database at the same moment
            // moves it. Reads that moved it themselves would do so on every attempt, so three attempts
            // tell the two apart.
            String before = null;
            String after = null;
            for (int attempt = 0; attempt < 3 && (before == null || !before.equals(after)); attempt++) {
                before = read.changeToken();
                read.relationsStartedBy(DateValue.year(2020), ActorNumbering.NONE);
                read.actorNames();
                kb.counts();
                after = read.changeToken();
            }
            assertThat(after).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void relationsStartedByHoldEveryRowBegunByTheDateOrUndated(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document("a-1", List.of(
                relation("a-1", "a-2", DateValue.month(2015, 3), DateValue.parse("2016-01-31").orElseThrow()),
                relation("a-1", "a-3", null, null),
                relation("a-2", "a-3", DateValue.year(2017), null))));
            RelationTable table = kb.readModel().relationsStartedBy(DateValue.year(2016),
                ActorNumbering.of(List.of("a-3", "a-2")));
            assertThat(rows(table)).containsExactlyInAnyOrder(
                "doc-a-1-r0 member_of a-1 a-2 2015-03 2016-01-31", "doc-a-1-r1 member_of a-1 a-3 null null");
            assertThat(table.actorId(0)).isEqualTo("a-3");
            assertThat(table.actorId(1)).isEqualTo("a-2");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void relationsAreReadRowByRowWhenAnIdHoldsASeparator(String db) {
        String odd = "odd\u001fid";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(document(odd, List.of(relation(odd, "a-2", DateValue.month(2015, 3), null),
                relation("a-1", "a-2", null, DateValue.year(2015)))));
            RelationTable table = kb.readModel().relationsStartedBy(DateValue.year(2016), ActorNumbering.NONE);
            assertThat(rows(table)).containsExactlyInAnyOrder(
                "doc-" + odd + "-r0 member_of " + odd + " a-2 2015-03 null", "doc-" + odd + "-r1 member_of a-1 a-2 null 2015");
            assertThat(kb.readModel().actorNames()).containsEntry(odd, "Actor " + odd).containsEntry("a-2", "Actor a-2");
        }
    }

    private static List<String> rows(RelationTable table) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            out.add(table.id(r) + " " + table.type(r).code() + " " + table.actorId(table.source(r)) + " "
                + table.actorId(table.target(r)) + " " + table.start(r) + " " + table.end(r));
        }
        return out;
    }

    private static Relation relation(String source, String target, DateValue start, DateValue end) {
        return new Relation(RelationType.MEMBER_OF, source, target, start, end,
            new Evidence("doc", 0, "They allied.", null, null, Stance.ASSERTED));
    }

    /** A document by {@code first} stating {@code relations}, naming every actor they join. */
    private static DocumentFacts document(String first, List<Relation> relations) {
        DocumentFacts base = JdbcKnowledgeBaseTest.facts("doc-" + first, "h", "They allied.", List.of());
        List<Actor> actors = new ArrayList<>();
        relations.stream().flatMap(r -> java.util.stream.Stream.of(r.source(), r.target())).distinct()
            .forEach(id -> actors.add(new Actor(id, "Actor " + id, ActorKind.GROUP, List.of(), List.of(), false)));
        return new DocumentFacts(base.document(), base.body(), base.sentences(), List.of(), actors, relations, List.of());
    }
}
