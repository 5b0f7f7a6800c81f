package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.model.Alias;
import org.orbat.model.DateValue;
import org.orbat.model.Event;
import org.orbat.model.EventType;
import org.orbat.model.Evidence;
import org.orbat.model.Place;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.model.Stance;

class JdbcKnowledgeBaseTest {
    @TempDir
    Path dir;

    static DocumentFacts facts(String docId, String hash, String sentence, List<Event> events) {
        DocumentRecord doc = new DocumentRecord(docId, "file:/x/" + docId, "/x/" + docId + ".txt", null, "Title",
            "Outlet", null, DateValue.parse("2015-03-01").orElseThrow(), "text:dd Month, yyyy", hash, Language.ENGLISH);
        Actor hazm = new Actor("hazm-movement", "Hazm Movement", ActorKind.GROUP,
            List.of(Alias.registry("Harakat Hazm"), new Alias("Hazzm", "spelling rule", sentence)), List.of(), false);
        Actor nusra = new Actor("al-nusra-front", "Al-Nusra Front", ActorKind.GROUP, List.of(Alias.registry("Nusra")), List.of(), false);
        Evidence ev = new Evidence(docId, 0, sentence, "SOHR", null, Stance.ASSERTED);
        return new DocumentFacts(doc, sentence, List.of(new SentenceRecord(0, 0, sentence.length(), sentence)),
            List.of(new ActorMention(0, 0, 1, "Hazzm", "hazm-movement", "spelling rule"),
                new ActorMention(0, 3, 4, "Nusra", "al-nusra-front", "registry")),
            List.of(hazm, nusra),
            List.of(new Relation(RelationType.RIVAL_OF, "hazm-movement", "al-nusra-front", DateValue.year(2015), null, ev)),
            events);
    }

    static Event battle(String docId, String id, String sentence) {
        return new Event(id, EventType.BATTLE, DateValue.parse("2015-02-28").orElseThrow(), null,
            List.of("al-nusra-front", "hazm-movement"),
            List.of(new Place("Atarib", 36.14, 36.83, "Aleppo", "SY", "town", "exact")), 80,
            List.of(new Evidence(docId, 0, sentence, "SOHR", 80, Stance.ASSERTED)));
    }

    static List<String> databases() throws java.io.IOException {
        return TestDatabases.all(java.nio.file.Files.createTempDirectory("orbat-kb"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesADocumentAndReadsItBack(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(facts("doc-1", "h1", s, List.of(battle("doc-1", "doc-1-e0", s))));
            KnowledgeSnapshot snap = kb.snapshot();
            assertThat(snap.documents()).extracting(DocumentRecord::id).containsExactly("doc-1");
            assertThat(snap.actors()).extracting(a -> a.actor().id()).containsExactly("al-nusra-front", "hazm-movement");
            assertThat(snap.actors().get(1).actor().aliases()).extracting(Alias::name).contains("Harakat Hazm", "Hazzm");
            assertThat(snap.relations()).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo(RelationType.RIVAL_OF);
                assertThat(r.evidence().text()).isEqualTo(s);
            });
            assertThat(snap.events()).singleElement().satisfies(e -> {
                assertThat(e.fatalities()).isEqualTo(80);
                assertThat(e.locations()).extracting(Place::admin1).containsExactly("Aleppo");
                assertThat(e.evidence()).extracting(Evidence::reportedBy).containsExactly("SOHR");
            });
            assertThat(kb.contentHash("file:/x/doc-1")).contains("h1");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mergingRecordsWhichReportsMakeOneEventAndReadsTheEventBackWholeByAnyReportsId(String db) {
        String first = "Hazzm fought Nusra near Atarib.";
        String second = "Nusra and Hazm clashed at Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(facts("doc-1", "h1", first, List.of(battle("doc-1", "doc-1-e0", first))));
            kb.replaceDocument(facts("doc-2", "h2", second, List.of(battle("doc-2", "doc-2-e0", second))));
            assertThat(kb.eventsMerged()).isFalse();
            List<List<Event>> seen = new java.util.ArrayList<>();
            EventGrouping oneEvent = reports -> {
                seen.add(reports);
                return java.util.Map.of("doc-1-e0", "doc-1-e0", "doc-2-e0", "doc-1-e0");
            };
            assertThat(kb.mergeEvents(oneEvent)).isEqualTo(2);
            assertThat(seen).singleElement().satisfies(reports -> assertThat(reports)
                .extracting(e -> e.evidence().get(0).documentId()).containsExactlyInAnyOrder("doc-1", "doc-2"));
            assertThat(kb.eventsMerged()).isTrue();
            ReadModel read = kb.readModel();
            assertThat(read.reportsOf(List.of("doc-2-e0")).get("doc-2-e0")).extracting(Event::id)
                .containsExactlyInAnyOrder("doc-1-e0", "doc-2-e0");
            assertThat(read.reportsOf(List.of("doc-1-e0")).get("doc-1-e0")).allSatisfy(e -> {
                assertThat(e.evidence()).singleElement().satisfies(x -> assertThat(x.fatalities()).isEqualTo(80));
                assertThat(e.locations()).extracting(Place::name).containsExactly("Atarib");
            });
            assertThat(kb.mergeEvents(oneEvent)).as("nothing changed since").isZero();
            assertThat(kb.mergeEvents(reports -> java.util.Map.of())).as("both reports stand alone again").isEqualTo(2);
            assertThat(read.reportsOf(List.of("doc-2-e0")).get("doc-2-e0")).extracting(Event::id).containsExactly("doc-2-e0");
            assertThat(read.reportsOf(List.of("no-such-event"))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storingOnlyWhatChangedWritesADocumentOnceForEachContent(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            assertThat(kb.storeIfChanged(facts("doc-1", "h1", s, List.of(battle("doc-1", "doc-1-e0", s))))).isTrue();
            assertThat(kb.storeIfChanged(facts("doc-1", "h1", s, List.of()))).as("same content again").isFalse();
            assertThat(kb.snapshot().events()).as("the first write's facts stand").hasSize(1);
            assertThat(kb.storeIfChanged(facts("doc-1", "h1b", s, List.of()))).as("changed content").isTrue();
            assertThat(kb.snapshot().events()).isEmpty();
            assertThat(kb.counts().get("documents")).isEqualTo(1);
            assertThat(kb.contentHash("file:/x/doc-1")).contains("h1b");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anActorNamedDifferentlyTakesTheNameOfTheDocumentWithTheGreatestIdWhateverTheOrderOfWrites(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        for (List<String> order : List.of(List.of("doc-1", "doc-2"), List.of("doc-2", "doc-1"))) {
            // The second order into a new database of the same kind.
            String url = order.get(0).equals("doc-1") ? db
                : db.startsWith("jdbc:postgresql:") ? TestDatabases.postgres().orElseThrow() : dir.resolve("reversed.db").toString();
            try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(url)) {
                for (String docId : order) {
                    DocumentFacts f = facts(docId, "h-" + docId, s, List.of());
                    List<Actor> actors = f.actors().stream().map(a -> !a.id().equals("al-nusra-front") ? a
                        : new Actor(a.id(), docId.equals("doc-1") ? "Nusra Front" : "Jabhat al-Nusra", a.kind(), a.aliases(),
                            a.lineage(), a.discovered())).toList();
                    kb.replaceDocument(new DocumentFacts(f.document(), f.body(), f.sentences(), f.mentions(), actors,
                        f.relations(), f.events()));
                }
                assertThat(kb.snapshot().actors()).filteredOn(c -> c.actor().id().equals("al-nusra-front"))
                    .extracting(c -> c.actor().name()).as("written in the order %s", order).containsExactly("Jabhat al-Nusra");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void replacingADocumentReplacesOnlyItsOwnFacts(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(facts("doc-1", "h1", s, List.of(battle("doc-1", "doc-1-e0", s))));
            kb.replaceDocument(facts("doc-2", "h2", s, List.of(battle("doc-2", "doc-2-e0", s))));
            Map<String, Long> before = kb.counts();
            kb.replaceDocument(facts("doc-1", "h1b", s, List.of()));
            Map<String, Long> after = kb.counts();
            assertThat(after.get("documents")).isEqualTo(2);
            assertThat(after.get("events")).isEqualTo(before.get("events") - 1);
            assertThat(kb.snapshot().events()).extracting(Event::id).containsExactly("doc-2-e0");
            assertThat(kb.contentHash("file:/x/doc-1")).contains("h1b");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailureMidDocumentLeavesTheDatabaseAsItWas(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(facts("doc-1", "h1", s, List.of(battle("doc-1", "doc-1-e0", s))));
            Map<String, Long> before = kb.counts();
            // Two events with one id: the second insert violates the primary key after the first rows went in.
            DocumentFacts broken = facts("doc-1", "h2", s, List.of(battle("doc-1", "dup", s), battle("doc-1", "dup", s)));
            assertThatThrownBy(() -> kb.replaceDocument(broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining(db);
            assertThat(kb.counts()).isEqualTo(before);
            assertThat(kb.contentHash("file:/x/doc-1")).contains("h1");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reopeningAnExistingDatabaseKeepsItsContents(String db) {
        String s = "Hazzm fought Nusra near Atarib.";
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            kb.replaceDocument(facts("doc-1", "h1", s, List.of()));
        }
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            assertThat(kb.counts().get("documents")).isEqualTo(1);
        }
    }

    @Test
    void aStoredDocumentIsStampedWithTheKnowledgeBasesClock() throws Exception {
        String db = dir.resolve("clocked.db").toString();
        Clock fixed = Clock.fixed(Instant.parse("2031-02-03T04:05:06Z"), ZoneOffset.UTC);
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db, fixed)) {
            kb.replaceDocument(facts("doc-1", "h1", "Hazzm fought Nusra near Atarib.", List.of()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT ingested_at FROM documents WHERE id = 'doc-1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("2031-02-03T04:05:06Z");
        }
    }

    @Test
    void refusesAFolderThatDoesNotExistNamingIt() {
        String db = dir.resolve("missing/kb.db").toString();
        assertThatThrownBy(() -> JdbcKnowledgeBase.open(db)).isInstanceOf(StoreException.class)
            .hasMessageContaining("missing");
    }
}
