package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.DateValue;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Lists, profiles and evidence read the events the export writes: reports of one battle from two
 * documents are one event, their disagreeing tolls and dates kept per report, and undated events are
 * listed as undated, never dropped by a period.
 */
class MergedEventsTest {
    @TempDir
    Path dir;
    JdbcKnowledgeBase kb;
    QueryService queries;

    @BeforeEach
    void open() {
        kb = DisagreeingReports.add(SyrianFixture.create(dir.resolve("kb.db")));
        queries = QueryService.over(kb.readModel(), QueryServiceTest.CLOCK);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void listsTwoDocumentsReportsOfOneBattleOnceWithEveryTollAndEachReportsDate() {
        List<EventSummary> battles = queries.events(new EventCriteria("Hazzm", "Atarib", null, null, "battle", 0, 50)).events();
        assertThat(battles).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("doc-2-e0");
            assertThat(e.date()).isEqualTo(DisagreeingReports.battleDay());
            assertThat(e.fatalities()).as("the lowest toll, as the export gives").isEqualTo(45);
            assertThat(e.tolls()).containsExactly(45, 60, 80);
            assertThat(e.tollsDisagree()).isTrue();
            assertThat(e.reports()).extracting(EventReport::id).containsExactly("doc-2-e0", "doc-4-e0");
            assertThat(e.reports()).extracting(EventReport::date).containsExactly(DisagreeingReports.battleDay(), null);
            assertThat(e.reports()).extracting(EventReport::fatalities).containsExactly(45, 60);
            assertThat(e.datesDisagree()).isTrue();
        });
    }

    @Test
    void theIdOfAnyMergedReportResolvesToTheMergedEventWithEachSentencesReportAndDate() {
        FactEvidence fact = queries.evidence("doc-4-e0");
        assertThat(fact.factId()).isEqualTo("doc-2-e0");
        assertThat(fact.tolls()).containsExactly(45, 60, 80);
        assertThat(fact.reports()).extracting(EventReport::id).containsExactly("doc-2-e0", "doc-4-e0");
        assertThat(fact.evidence()).extracting(EvidenceItem::text).containsExactly(SyrianFixture.TOLL_SOHR,
            SyrianFixture.TOLL_HAZM, DisagreeingReports.SECOND_ATARIB);
        assertThat(fact.evidence()).extracting(EvidenceItem::reportId).containsExactly("doc-2-e0", "doc-2-e0", "doc-4-e0");
        assertThat(fact.evidence()).extracting(EvidenceItem::reportDate)
            .containsExactly(DisagreeingReports.battleDay(), DisagreeingReports.battleDay(), null);
        assertThat(queries.evidence("doc-2-e0")).isEqualTo(fact);
    }

    @Test
    void anActorsProfileListsTheMergedEventOnce() {
        assertThat(queries.actor("Hazzm", "2018").latestEvents()).extracting(EventSummary::id)
            .containsOnlyOnce("doc-2-e0").doesNotContain("doc-4-e0");
    }

    @Test
    void aDocumentListsItsOwnReportAsItReadIt() {
        assertThat(queries.document("doc-4").events()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("doc-4-e0");
            assertThat(e.date()).isNull();
            assertThat(e.tolls()).containsExactly(60);
        });
    }

    @Test
    void aPeriodListsTheUndatedEventsAfterTheDatedOnesUnlessAskedWithout() {
        assertThat(ids(new EventCriteria("Hazzm", null, "2015-01", "2015-03", null, 0, 50, null)))
            .containsExactly("doc-2-e0", "doc-5-e0");
        assertThat(ids(new EventCriteria("Hazzm", null, "2015-01", "2015-03", null, 0, 50, "without")))
            .containsExactly("doc-2-e0");
        assertThat(ids(new EventCriteria("Hazzm", null, null, "2014-12", null, 0, 50, "with")))
            .as("a period before every dated event still lists the undated one").containsExactly("doc-5-e0");
    }

    @Test
    void onlyListsTheEventsNoReportDatesAndAMergedReportIsNotOne() {
        assertThat(ids(new EventCriteria(null, null, null, null, null, 0, 50, "only"))).containsExactly("doc-5-e0");
        assertThatThrownBy(() -> ids(new EventCriteria(null, null, null, null, null, 0, 50, "sometimes")))
            .isInstanceOf(InvalidParameterException.class).hasMessageContaining("with, without, only");
    }

    @Test
    void pagesCountMergedEventsNotReports() {
        EventPage first = queries.events(new EventCriteria("Hazzm", null, null, null, null, 0, 2, "without"));
        EventPage second = queries.events(new EventCriteria("Hazzm", null, null, null, null, 1, 2, "without"));
        assertThat(first.events()).extracting(EventSummary::id).containsExactly("doc-2-e1", "doc-2-e0");
        assertThat(first.more()).isFalse();
        assertThat(second.events()).isEmpty();
    }

    @Test
    void aSecondMergingPassChangesNothing() {
        assertThat(kb.mergeEvents(new EventMerger()::mergedIds)).isZero();
        assertThat(kb.readModel().reportsOf(List.of("doc-4-e0")).get("doc-4-e0")).extracting(e -> e.id())
            .containsExactlyInAnyOrder("doc-2-e0", "doc-4-e0");
        assertThat(kb.readModel().reportsOf(List.of("doc-5-e0")).get("doc-5-e0")).extracting(e -> e.date())
            .containsExactly((DateValue) null);
    }

    private List<String> ids(EventCriteria criteria) {
        return queries.events(criteria).events().stream().map(EventSummary::id).toList();
    }
}
