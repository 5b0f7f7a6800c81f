package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.model.Event;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;

/**
 * An export reads the knowledge base through its own connection while an ingest writes through
 * another, as {@code orbat export} does beside a running {@code orbat ingest}. Every snapshot must show
 * whole documents: each document present with all of its events, none of an absent document's, and
 * every piece of evidence pointing at a document in the same snapshot.
 */
class SnapshotDuringIngestTest {
    private static final int DOCUMENTS = 60;

    @TempDir
    Path dir;

    static List<String> databases() throws java.io.IOException {
        return TestDatabases.all(java.nio.file.Files.createTempDirectory("orbat-snap"));
    }

    /** Document {@code i} holds {@code 1 + i % 4} events on its first write, {@code 5} after its rewrite. */
    private static DocumentFacts document(int i, boolean rewrite) {
        String docId = "doc-" + i;
        String sentence = "Hazzm fought Nusra near Atarib, report " + i + (rewrite ? " (corrected)." : ".");
        int events = rewrite ? 5 : 1 + i % 4;
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            list.add(JdbcKnowledgeBaseTest.battle(docId, docId + "-e" + e, sentence));
        }
        return JdbcKnowledgeBaseTest.facts(docId, (rewrite ? "h2-" : "h1-") + i, sentence, list);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everySnapshotTakenDuringIngestHoldsWholeDocuments(String db) throws Exception {
        try (JdbcKnowledgeBase writer = JdbcKnowledgeBase.open(db); JdbcKnowledgeBase reader = JdbcKnowledgeBase.open(db)) {
            CompletableFuture<Void> ingest = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    writer.replaceDocument(document(i, false));
                    if (i % 3 == 2) {
                        writer.replaceDocument(document(i - 1, true)); // a changed article replaces its facts
                    }
                }
            });
            int snapshots = 0;
            Set<Integer> sizesSeen = new java.util.TreeSet<>();
            while (!ingest.isDone() || snapshots == 0) {
                KnowledgeSnapshot snap = reader.snapshot();
                assertWhole(snap);
                sizesSeen.add(snap.documents().size());
                snapshots++;
            }
            ingest.get(1, TimeUnit.MINUTES);
            KnowledgeSnapshot last = reader.snapshot();
            assertWhole(last);
            assertThat(last.documents()).hasSize(DOCUMENTS);
            System.out.printf("snapshot during ingest (%s): %d snapshots, %d distinct document counts, all whole%n",
                db.startsWith("jdbc:") ? "PostgreSQL" : "SQLite", snapshots, sizesSeen.size());
            assertThat(snapshots).isPositive();
        }
    }

    private static void assertWhole(KnowledgeSnapshot snap) {
        Set<String> docs = snap.documents().stream().map(DocumentRecord::id).collect(Collectors.toSet());
        Map<String, String> hashes = snap.documents().stream()
            .collect(Collectors.toMap(DocumentRecord::id, DocumentRecord::contentHash));
        Map<String, Integer> eventsPerDoc = new HashMap<>();
        for (Event e : snap.events()) {
            String doc = e.id().substring(0, e.id().lastIndexOf("-e"));
            assertThat(docs).as("event %s's document", e.id()).contains(doc);
            eventsPerDoc.merge(doc, 1, Integer::sum);
            for (Evidence x : e.evidence()) {
                assertThat(docs).as("evidence of event %s", e.id()).contains(x.documentId());
                boolean rewritten = hashes.get(doc).startsWith("h2-");
                assertThat(x.text().endsWith("(corrected).")).as("evidence of %s matches its document's version", e.id())
                    .isEqualTo(rewritten);
            }
        }
        for (Relation r : snap.relations()) {
            assertThat(docs).as("relation evidence").contains(r.evidence().documentId());
        }
        assertThat(snap.relations()).hasSize(docs.size());
        for (String doc : docs) {
            int i = Integer.parseInt(doc.substring("doc-".length()));
            int expected = hashes.get(doc).startsWith("h2-") ? 5 : 1 + i % 4;
            assertThat(eventsPerDoc.getOrDefault(doc, 0)).as("events of %s", doc).isEqualTo(expected);
        }
    }

}
