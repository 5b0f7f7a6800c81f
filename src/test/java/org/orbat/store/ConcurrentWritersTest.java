package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.orbat.model.Actor;

/**
 * Two writers, each with its own connection, store overlapping documents into one PostgreSQL
 * database at once, as two {@code orbat ingest} processes pointed at a shared knowledge base do.
 * Guards against lost or duplicated documents and facts, unique violations when both write the
 * same document, deadlocks on shared actor rows, and Flyway racing itself when both open a fresh
 * database.
 */
@EnabledIfEnvironmentVariable(named = "ORBAT_TEST_PG", matches = ".+")
class ConcurrentWritersTest {
    private static final int DOCUMENTS = 40;

    /** Documents sharing the same two actors, half of them listing the actors in reverse order. */
    private static List<DocumentFacts> documents() {
        List<DocumentFacts> out = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = "doc-" + i;
            String sentence = "Hazzm fighters clashed with Nusra near Atarib, document " + i + ".";
            DocumentFacts f = JdbcKnowledgeBaseTest.facts(id, "hash-" + i, sentence,
                List.of(JdbcKnowledgeBaseTest.battle(id, id + "-e0", sentence)));
            List<Actor> actors = new ArrayList<>(f.actors());
            if (i % 2 == 1) {
                Collections.reverse(actors);
            }
            out.add(new DocumentFacts(f.document(), f.body(), f.sentences(), f.mentions(), actors, f.relations(), f.events()));
        }
        return out;
    }

    private static Map<String, Long> singleWriter(List<DocumentFacts> docs) {
        String url = TestDatabases.postgres().orElseThrow();
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
            docs.forEach(kb::replaceDocument);
            return kb.counts();
        }
    }

    @Test
    void twoWritersOfOverlappingDocumentsStoreEachDocumentOnce() throws Exception {
        List<DocumentFacts> docs = documents();
        Map<String, Long> expected = singleWriter(docs);
        String url = TestDatabases.postgres().orElseThrow();
        // Writer A stores every document in order; writer B the second half and then the first, shuffled,
        // so both write the same documents and the same actor rows at the same moments.
        List<DocumentFacts> a = docs;
        List<DocumentFacts> b = new ArrayList<>(docs.subList(DOCUMENTS / 4, DOCUMENTS));
        Collections.shuffle(b, new Random(13));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> writers = new ArrayList<>();
            for (List<DocumentFacts> batch : List.of(a, b)) {
                writers.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
                        for (DocumentFacts f : batch) {
                            kb.replaceDocument(f);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> w : writers) {
                w.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
            assertThat(kb.counts()).isEqualTo(expected);
        }
    }

    @Test
    void ofTwoWritersOfOneDocumentWaitingOnItsLockOnlyTheFirstWritesIt() throws Exception {
        DocumentFacts doc = documents().get(0);
        String url = TestDatabases.postgres().orElseThrow();
        JdbcKnowledgeBase.open(url).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int written = 0;
        // The test holds the document's lock while two writers (a task and its speculative copy) come to store it, so
        // both find it unstored before either writes: the stored hash must be read again under the lock.
        try (Connection holder = DriverManager.getConnection(url)) {
            advisory(holder, "pg_advisory_lock", doc.document().id());
            List<Future<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                writers.add(pool.submit(() -> {
                    try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
                        return kb.storeIfChanged(doc);
                    }
                }));
            }
            awaitWaitersOnAdvisoryLocks(holder, 2);
            advisory(holder, "pg_advisory_unlock", doc.document().id());
            for (Future<Boolean> w : writers) {
                written += w.get(2, TimeUnit.MINUTES) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(written).isEqualTo(1);
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
            assertThat(kb.counts()).isEqualTo(singleWriter(List.of(doc)));
        }
    }

    private static void advisory(Connection c, String function, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + function + "(hashtextextended(?, 0))")) {
            ps.setString(1, documentId);
            ps.executeQuery().close();
        }
    }

    private static void awaitWaitersOnAdvisoryLocks(Connection c, int waiters) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
                rs.next();
                if (rs.getInt(1) >= waiters) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writers did not come to the document's lock");
    }
}
