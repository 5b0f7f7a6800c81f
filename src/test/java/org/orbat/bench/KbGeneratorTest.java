package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.Event;
import org.orbat.query.ActorQuery;
import org.orbat.query.EventCriteria;
import org.orbat.query.EventPage;
import org.orbat.query.EventSummary;
import org.orbat.query.QueryService;
import org.orbat.store.JdbcKnowledgeBase;

class KbGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void writesTheAskedNumberOfEventsAndActors() {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            new KbGenerator(3_000, 40, new Random(13)).writeTo(kb);
            assertThat(kb.counts()).containsEntry("events", 3_000L).containsEntry("actors", 40L)
                .containsEntry("event_actors", 6_000L).containsEntry("documents", 300L);
        }
    }

    @Test
    void busyActorsLatestEventsMatchAFullSort() {
        // Regression guard for the date-index walk used for actors with thousands of events.
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(dir.resolve("kb.db").toString())) {
            new KbGenerator(12_000, 4, new Random(7)).writeTo(kb);
            QueryService queries = QueryService.over(kb.readModel(), Clock.systemUTC());
            String busy = KbGenerator.actorId(0);
            List<String> expected = kb.snapshot().events().stream().filter(e -> e.actors().contains(busy))
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id).reversed()).limit(30)
                .map(Event::id).toList();
            assertThat(expected).hasSize(30);
            List<String> page0 = ids(queries.events(new EventCriteria(busy, null, null, null, null, 0, 20)));
            List<String> page1 = ids(queries.events(new EventCriteria(busy, null, null, null, null, 1, 10)));
            assertThat(page0).containsExactlyElementsOf(expected.subList(0, 20));
            assertThat(page1).containsExactlyElementsOf(expected.subList(10, 20));
            assertThat(queries.actor(KbGenerator.actorName(0), "2015").latestEvents()).extracting(EventSummary::id)
                .containsExactlyElementsOf(expected.subList(0, ActorQuery.LATEST_EVENTS));
        }
    }

    private static List<String> ids(EventPage page) {
        return page.events().stream().map(EventSummary::id).toList();
    }
}
