package org.orbat.store.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orbat.actors.ActorMention;
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
import org.orbat.store.DocumentFacts;
import org.orbat.store.DocumentRecord;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
import org.orbat.store.SentenceRecord;
import org.orbat.store.TestDatabases;

/**
 * An analyst's corrections of every kind are applied, hold when an article is read again (changed, or unchanged by a
 * newer pipeline that numbers its facts anew), and a correction whose fact a changed article no longer states is
 * reported stale. The articles are written for this test; their facts are built by hand as the pipeline would write them.
 */
public class CorrectionsSurviveReingestTest {
    private static final String[] FIRST = {
        "Hazzm fighters clashed with Nusra in Atarib, leaving 80 dead.",
        "The Army of Mujahideen shelled Kafr Nuran.",
        "The Syria Revolutionaries Front is allied with Hazm.",
        "Jabhat al-Nusra fighters seized the village.",
    };
    private static final String[] SECOND = {
        "Jabhat al-Nusra captured Atarib from Hazm on Sunday.",
        "Washington has armed the Hazm Movement.",
        "Nusra abducted two aid workers near Atarib.",
    };

    @TempDir
    Path dir;

    private static Actor actor(String id, String name, ActorKind kind, String... aliases) {
        return new Actor(id, name, kind, List.of(aliases).stream().map(Alias::registry).toList(), List.of(), false);
    }

    private static final List<Actor> ACTORS = List.of(
        actor("hazm-movement", "Hazm Movement", ActorKind.GROUP, "Hazzm", "Hazm"),
        actor("al-nusra-front", "al-Nusra Front", ActorKind.GROUP, "Nusra"),
        actor("jabhat-al-nusra", "Jabhat al-Nusra", ActorKind.GROUP),
        actor("jaish-al-muhajireen", "Jaish al-Muhajireen wal-Ansar", ActorKind.GROUP, "Army of Mujahideen"),
        actor("srf", "Syria Revolutionaries Front", ActorKind.GROUP),
        actor("united-states", "United States", ActorKind.STATE, "Washington"));

    private static Evidence said(String doc, int sentence, String[] text, Integer toll) {
        return new Evidence(doc, sentence, text[sentence], null, toll, Stance.ASSERTED);
    }

    private static Place place(String name, double lat, double lon) {
        return new Place(name, lat, lon, "Aleppo", "SY", "town", "exact");
    }

    /**
     * The first article as the pipeline reads it; {@code renumbered} puts a new event first, as a newer pipeline or
     * an edited article would, so every event id after it moves.
     */
    private static DocumentFacts first(String hash, boolean renumbered) {
        String doc = "doc-first";
        List<Event> events = new ArrayList<>();
        int n = 0;
        if (renumbered) {
            events.add(new Event(doc + "-e" + n++, EventType.MOVEMENT, DateValue.year(2015), null, List.of("srf"), List.of(), null,
                List.of(said(doc, 2, FIRST, null))));
        }
        events.add(new Event(doc + "-e" + n++, EventType.BATTLE, DateValue.parse("2015-02-28").orElseThrow(), null,
            List.of("al-nusra-front", "hazm-movement"), List.of(place("Atarib", 36.14, 36.83)), 80, List.of(said(doc, 0, FIRST, 80))));
        events.add(new Event(doc + "-e" + n++, EventType.REMOTE_VIOLENCE, DateValue.parse("2015-03-01").orElseThrow(), null,
            List.of("jaish-al-muhajireen"), List.of(place("Kafr Nuran", 36.13, 36.86)), null, List.of(said(doc, 1, FIRST, null))));
        events.add(new Event(doc + "-e" + n, EventType.TERRITORY_CAPTURE, DateValue.parse("2015-03-01").orElseThrow(), null,
            List.of("jabhat-al-nusra"), List.of(place("Atarib", 36.14, 36.83)), null, List.of(said(doc, 3, FIRST, null))));
        List<Relation> relations = List.of(
            new Relation(RelationType.RIVAL_OF, "hazm-movement", "al-nusra-front", DateValue.year(2015), null, said(doc, 0, FIRST, null)),
            new Relation(RelationType.ALLY_OF, "srf", "hazm-movement", DateValue.year(2015), null, said(doc, 2, FIRST, null)));
        List<ActorMention> mentions = List.of(
            new ActorMention(0, 0, 1, "Hazzm", "hazm-movement", "registry"),
            new ActorMention(0, 4, 5, "Nusra", "al-nusra-front", "registry"),
            new ActorMention(1, 1, 4, "Army of Mujahideen", "jaish-al-muhajireen", "registry"),
            new ActorMention(2, 1, 4, "Syria Revolutionaries Front", "srf", "registry"),
            new ActorMention(2, 7, 8, "Hazm", "hazm-movement", "registry"),
            new ActorMention(3, 0, 2, "Jabhat al-Nusra", "jabhat-al-nusra", "registry"));
        return facts(doc, hash, FIRST, mentions, relations, events);
    }

    /** The second article; {@code withoutAbduction} is its edited version, which no longer reports the abduction. */
    private static DocumentFacts second(String hash, boolean withoutAbduction) {
        String doc = "doc-second";
        List<Event> events = new ArrayList<>();
        events.add(new Event(doc + "-e0", EventType.TERRITORY_CAPTURE, DateValue.parse("2015-03-01").orElseThrow(), null,
            List.of("jabhat-al-nusra", "hazm-movement"), List.of(place("Atarib", 36.14, 36.83)), null, List.of(said(doc, 0, SECOND, null))));
        if (!withoutAbduction) {
            events.add(new Event(doc + "-e1", EventType.ARREST_ABDUCTION, DateValue.parse("2015-03-02").orElseThrow(), null,
                List.of("al-nusra-front"), List.of(place("Atarib", 36.14, 36.83)), null, List.of(said(doc, 2, SECOND, null))));
        }
        List<Relation> relations = List.of(
            new Relation(RelationType.SUPPORTED_BY, "hazm-movement", "united-states", DateValue.year(2015), null, said(doc, 1, SECOND, null)));
        List<ActorMention> mentions = List.of(
            new ActorMention(0, 0, 2, "Jabhat al-Nusra", "jabhat-al-nusra", "registry"),
            new ActorMention(1, 0, 1, "Washington", "united-states", "registry"),
            new ActorMention(1, 4, 6, "Hazm Movement", "hazm-movement", "registry"));
        return facts(doc, hash, withoutAbduction ? new String[] {SECOND[0], SECOND[1]} : SECOND, mentions, relations, events);
    }

    private static DocumentFacts facts(String doc, String hash, String[] sentences, List<ActorMention> mentions,
                                       List<Relation> relations, List<Event> events) {
        DocumentRecord record = new DocumentRecord(doc, "file:/corpus/" + doc, "/corpus/" + doc + ".txt", null, doc, "Outlet",
            null, DateValue.parse("2015-03-03").orElseThrow(), "dateline", hash, org.orbat.lexicon.Language.ENGLISH);
        List<SentenceRecord> rows = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sentences.length; i++) {
            rows.add(new SentenceRecord(i, offset, offset + sentences[i].length(), sentences[i]));
            offset += sentences[i].length() + 1;
        }
        return new DocumentFacts(record, String.join(" ", sentences), rows, mentions, ACTORS, relations, events);
    }

    /** Writes both articles as first read, for tests of the commands over a corrected knowledge base. */
    public static void writeBothArticles(JdbcKnowledgeBase kb) {
        kb.replaceDocument(first("hash-1", false));
        kb.replaceDocument(second("hash-2", false));
    }

    /** Writes the edited second article, which no longer reports the abduction ({@code doc-second-e1}). */
    public static void editSecondArticle(JdbcKnowledgeBase kb) {
        kb.replaceDocument(second("hash-2b", true));
    }

    private static Correction draft(CorrectionAction action, String target, Map<String, String> values) {
        return Correction.draft("analyst@example.org", "checked against the report", action, target, values);
    }

    private JdbcKnowledgeBase open() {
        return open(dir.resolve("kb.db").toString());
    }

    private static JdbcKnowledgeBase open(String db) {
        return JdbcKnowledgeBase.open(db, Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC));
    }

    /** SQLite, and PostgreSQL when the suite has a server. */
    static List<String> databases() throws java.io.IOException {
        return TestDatabases.all(java.nio.file.Files.createTempDirectory("orbat-corrections"));
    }

    /** Twenty corrections of every kind, against the first reading of both articles. */
    private static List<Correction> twentyCorrections() {
        return List.of(
            draft(CorrectionAction.MERGE_ACTORS, "jabhat-al-nusra", Map.of("into", "al-nusra-front")),
            draft(CorrectionAction.RENAME_ACTOR, "hazm-movement", Map.of("name", "Harakat Hazm")),
            draft(CorrectionAction.ADD_ALIAS, "hazm-movement", Map.of("alias", "Hazem Movement")),
            draft(CorrectionAction.REMOVE_ALIAS, "hazm-movement", Map.of("alias", "Hazzm")),
            draft(CorrectionAction.SPLIT_ALIAS, "jaish-al-muhajireen", Map.of("alias", "Army of Mujahideen", "id", "jaysh-al-mujahideen")),
            draft(CorrectionAction.SET_KIND, "srf", Map.of("kind", "coalition")),
            draft(CorrectionAction.CONFIRM_EVENT, "doc-first-e0", Map.of()),
            draft(CorrectionAction.FIX_EVENT, "doc-first-e0", Map.of("fatalities", "50")),
            draft(CorrectionAction.FIX_EVENT, "doc-first-e0", Map.of("date", "2015-03-01")),
            draft(CorrectionAction.FIX_EVENT, "doc-first-e0", Map.of("side1", "al-nusra-front", "side2", "hazm-movement")),
            draft(CorrectionAction.FIX_EVENT, "doc-first-e1", Map.of("type", "battle")),
            draft(CorrectionAction.FIX_EVENT, "doc-first-e1", Map.of("place_name", "Kafr Nuran", "place_lat", "36.133",
                "place_lon", "36.858", "place_admin1", "Aleppo", "place_country", "SY")),
            draft(CorrectionAction.REJECT_EVENT, "doc-first-e2", Map.of()),
            draft(CorrectionAction.REJECT_EVENT, "doc-second-e1", Map.of()),
            draft(CorrectionAction.CONFIRM_EVENT, "doc-second-e0", Map.of()),
            draft(CorrectionAction.REJECT_RELATION, "ally_of|srf|hazm-movement", Map.of()),
            draft(CorrectionAction.CONFIRM_RELATION, "rival_of|hazm-movement|al-nusra-front", Map.of()),
            draft(CorrectionAction.CONFIRM_RELATION, "supported_by|hazm-movement|united-states", Map.of()),
            draft(CorrectionAction.ADD_RELATION, "member_of|srf|united-states", Map.of("start", "2014", "source_note", "analyst's notes",
                "note", "The front's founding charter lists it.")),
            draft(CorrectionAction.ADD_EVENT, "new", Map.of("type", "battle", "date", "2015-03-04", "side1", "al-nusra-front",
                "side2", "srf", "fatalities", "3", "place_name", "Atarib", "place_lat", "36.14", "place_lon", "36.83",
                "note", "Local council statement, read by the analyst.")));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyKindOfCorrectionHoldsThroughAChangedArticleAndAPipelineUpgradeAndTheStaleOneIsReported(String db) {
        try (JdbcKnowledgeBase kb = open(db)) {
            kb.replaceDocument(first("hash-1", false));
            kb.replaceDocument(second("hash-2", false));
            List<Correction> corrections = twentyCorrections();
            assertThat(corrections).extracting(Correction::action).containsAll(List.of(CorrectionAction.values()));
            for (Correction c : corrections) {
                assertThat(kb.correct(c).stale()).as(c.action() + " " + c.target()).isFalse();
            }
            assertCorrected(kb.snapshot());

            // The second article is edited and no longer reports the abduction; the first is read again by a newer
            // pipeline, which numbers its events anew.
            kb.replaceDocument(second("hash-2b", true));
            kb.replaceDocument(first("hash-1-pipeline-4", true));
            assertCorrected(kb.snapshot());
            assertThat(kb.corrections()).filteredOn(CorrectionEntry::stale).singleElement().satisfies(e -> {
                assertThat(e.correction().target()).isEqualTo("doc-second-e1");
                assertThat(e.status().detail()).contains("no longer states");
            });
            assertThat(kb.corrections()).filteredOn(e -> e.correction().target().equals("doc-first-e0"))
                .allSatisfy(e -> assertThat(e.status().target()).isEqualTo("doc-first-e1"));

            // The same again on an unchanged re-read: nothing changes.
            kb.replaceDocument(first("hash-1-pipeline-4", true));
            assertCorrected(kb.snapshot());
            assertThat(kb.corrections()).hasSize(20).filteredOn(CorrectionEntry::stale).hasSize(1);
        }
    }

    private static void assertCorrected(KnowledgeSnapshot s) {
        Map<String, Actor> actors = new java.util.HashMap<>();
        s.actors().forEach(a -> actors.put(a.actor().id(), a.actor()));
        assertThat(actors).doesNotContainKey("jabhat-al-nusra");
        assertThat(actors.get("al-nusra-front").aliases()).extracting(Alias::name).contains("Jabhat al-Nusra");
        assertThat(actors.get("hazm-movement").name()).isEqualTo("Harakat Hazm");
        assertThat(actors.get("hazm-movement").aliases()).extracting(Alias::name)
            .contains("Hazm Movement", "Hazem Movement").doesNotContain("Hazzm");
        assertThat(actors.get("jaysh-al-mujahideen").name()).isEqualTo("Army of Mujahideen");
        assertThat(actors.get("srf").kind()).isEqualTo(ActorKind.COALITION);

        Event battle = only(s, e -> e.type() == EventType.BATTLE && e.evidence().get(0).text().equals(FIRST[0]));
        assertThat(battle.fatalities()).isEqualTo(50);
        assertThat(battle.date()).isEqualTo(DateValue.parse("2015-03-01").orElseThrow());
        assertThat(battle.side1()).containsExactly("al-nusra-front");
        assertThat(battle.side2()).containsExactly("hazm-movement");
        Event shelling = only(s, e -> e.evidence().get(0).text().equals(FIRST[1]));
        assertThat(shelling.type()).isEqualTo(EventType.BATTLE);
        assertThat(shelling.actors()).containsExactly("jaysh-al-mujahideen");
        assertThat(shelling.locations()).extracting(Place::lat).containsExactly(36.133);
        assertThat(s.events()).noneMatch(e -> e.evidence().get(0).text().equals(FIRST[3]));
        assertThat(s.events()).noneMatch(e -> e.type() == EventType.ARREST_ABDUCTION);
        assertThat(only(s, e -> e.evidence().get(0).text().equals(SECOND[0])).actors()).contains("al-nusra-front");
        Event added = only(s, e -> e.id().startsWith("correction-"));
        assertThat(added.fatalities()).isEqualTo(3);
        assertThat(added.side2()).containsExactly("srf");

        assertThat(s.relations()).noneMatch(r -> r.type() == RelationType.ALLY_OF);
        assertThat(s.relations()).anyMatch(r -> r.type() == RelationType.RIVAL_OF);
        assertThat(s.relations()).filteredOn(r -> r.type() == RelationType.MEMBER_OF).singleElement()
            .satisfies(r -> assertThat(r.evidence().reportedBy()).isEqualTo("analyst's notes"));
    }

    private static Event only(KnowledgeSnapshot s, java.util.function.Predicate<Event> which) {
        Optional<Event> found = s.events().stream().filter(which).findFirst();
        assertThat(s.events().stream().filter(which).count()).as("matching events").isEqualTo(1);
        return found.orElseThrow();
    }

    @Test
    void aCorrectionNamingNoSuchEventIsRefusedAndLeavesTheLogEmpty() {
        try (JdbcKnowledgeBase kb = open()) {
            kb.replaceDocument(first("hash-1", false));
            assertThatThrownBy(() -> kb.correct(draft(CorrectionAction.REJECT_EVENT, "doc-first-e99", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc-first-e99");
            assertThatThrownBy(() -> kb.correct(draft(CorrectionAction.SET_KIND, "srf", Map.of("kind", "battalion"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("battalion");
            assertThat(kb.corrections()).isEmpty();
        }
    }

    @Test
    void rejectingTheReportThatNamesAMergedEventKeepsTheOtherReportsListedAndAFixedTollIsTheReportsToll() {
        try (JdbcKnowledgeBase kb = open()) {
            kb.replaceDocument(first("hash-1", false));
            kb.replaceDocument(second("hash-2", false));
            // The two captures of Atarib, one from each article, are one event named after the first article's.
            kb.mergeEvents(reports -> Map.of("doc-first-e2", "doc-first-e2", "doc-second-e0", "doc-first-e2"));
            kb.correct(draft(CorrectionAction.FIX_EVENT, "doc-second-e0", Map.of("fatalities", "7")));
            kb.correct(draft(CorrectionAction.REJECT_EVENT, "doc-first-e2", Map.of()));
            Event left = only(kb.snapshot(), e -> e.id().equals("doc-second-e0"));
            assertThat(left.fatalities()).isEqualTo(7);
            assertThat(left.evidence()).extracting(Evidence::fatalities).containsExactly(7);
            assertThat(kb.readModel().findEvent("doc-second-e0")).hasValueSatisfying(r -> assertThat(r.mergedId()).isNull());
        }
    }

    @Test
    void aMergeIntoAnActorThatNoLongerExistsIsStale() {
        try (JdbcKnowledgeBase kb = open()) {
            kb.replaceDocument(first("hash-1", false));
            CorrectionEntry merge = kb.correct(draft(CorrectionAction.MERGE_ACTORS, "jabhat-al-nusra", Map.of("into", "nusra-front-typo")));
            assertThat(merge.stale()).isTrue();
            assertThat(merge.status().detail()).contains("nusra-front-typo");
            assertThat(kb.snapshot().actors()).extracting(a -> a.actor().id()).contains("jabhat-al-nusra");
        }
    }
}
