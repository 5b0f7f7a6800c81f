package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.lexicon.Language;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.RelationType;

/** The reads behind {@code orbat documents} and {@code orbat document ID}, on SQLite and PostgreSQL. */
class DocumentReadsTest {
    static List<String> databases() throws IOException {
        return TestDatabases.all(Files.createTempDirectory("orbat-documents"));
    }

    private static DocumentFacts document(String id, String path, String sourceId, String published, int events) {
        DocumentFacts base = JdbcKnowledgeBaseTest.facts(id, "hash-" + id, "Hazzm fought Nusra.", List.of());
        List<Event> battles = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            battles.add(JdbcKnowledgeBaseTest.battle(id, id + "-e" + i, "Hazzm fought Nusra."));
        }
        DocumentRecord d = base.document();
        return new DocumentFacts(new DocumentRecord(id, "key-" + id, path, sourceId, d.title(), d.outlet(), null,
            published == null ? null : DateValue.parse(published).orElseThrow(), "metadata", "hash-" + id, Language.ENGLISH),
            base.body(), base.sentences(), base.mentions(), base.actors(), base.relations(), battles);
    }

    private static JdbcKnowledgeBase filled(String db) {
        JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db);
        kb.replaceDocument(document("doc-a", "/corpus/reports/aleppo_1.txt", null, "2015-03-01", 11));
        kb.replaceDocument(document("doc-b", "/corpus/feed.jsonl", "sohr-42", "2016-01-02", 0));
        kb.replaceDocument(document("doc-c", "/corpus/reports/aleppo%1.txt", null, null, 1));
        return kb;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void findsADocumentByIdSourceIdPathOrFileName(String db) {
        try (JdbcKnowledgeBase kb = filled(db)) {
            ReadModel read = kb.readModel();
            assertThat(read.findDocument("doc-a")).map(DocumentRecord::id).contains("doc-a");
            assertThat(read.findDocument("sohr-42")).map(DocumentRecord::id).contains("doc-b");
            assertThat(read.findDocument("/corpus/feed.jsonl")).map(DocumentRecord::id).contains("doc-b");
            assertThat(read.findDocument("aleppo%1.txt")).map(DocumentRecord::id).contains("doc-c");
            assertThat(read.findDocument("aleppo_1.txt")).map(DocumentRecord::id).contains("doc-a");
            assertThat(read.findDocument("doc-z")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsAFileNameLiterallyNotAsAPattern(String db) {
        try (JdbcKnowledgeBase kb = filled(db)) {
            assertThat(kb.readModel().findDocument("aleppo__.txt")).isEmpty();
            assertThat(kb.readModel().findDocument("%.txt")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsDocumentsNewestFirstUndatedLastWithFactCounts(String db) {
        try (JdbcKnowledgeBase kb = filled(db)) {
            List<DocumentCountRecord> all = kb.readModel().documentsByDate(0, 10);
            assertThat(all).extracting(d -> d.document().id()).containsExactly("doc-b", "doc-a", "doc-c");
            assertThat(all.get(1).relations()).isEqualTo(1);
            assertThat(all.get(1).events()).isEqualTo(11);
            assertThat(kb.readModel().documentsByDate(1, 1)).extracting(d -> d.document().id()).containsExactly("doc-a");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsADocumentsEventsInTheOrderTheyWereRead(String db) {
        try (JdbcKnowledgeBase kb = filled(db)) {
            assertThat(kb.readModel().eventsIn("doc-a")).extracting(EventRecord::id).startsWith("doc-a-e0", "doc-a-e1", "doc-a-e2")
                .endsWith("doc-a-e10");
            assertThat(kb.readModel().eventsIn("doc-a").get(0).places()).extracting(p -> p.name()).containsExactly("Atarib");
            assertThat(kb.readModel().relationsIn("doc-a")).extracting(RelationRecord::type).containsExactly(RelationType.RIVAL_OF);
            assertThat(kb.readModel().relationsIn("doc-b")).hasSize(1);
        }
    }
}
