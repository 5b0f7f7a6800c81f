package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * A server's actor profiles, which keep each actor's standing between dates, are the profiles a one-off command reads,
 * at every date, and a document written meanwhile shows in the next one.
 */
class ServerActorQueryTest {
    @TempDir
    Path dir;

    @Test
    void keptStandingGivesTheSameProfilesAtEveryDateAndFollowsAWrite() {
        try (JdbcKnowledgeBase kb = SyrianFixture.create(dir.resolve("kb.db"))) {
            QueryService oneOff = QueryService.over(kb.readModel(), Clock.systemUTC());
            QueryService server = new QueryService(kb.readModel(), ActorFinder.none(), Clock.systemUTC(), Duration.ofSeconds(60));
            for (String at : new String[] {"2014-10", "2015-02", "2015-03", "2016", "2014-10"}) {
                assertThat(server.actor("Hazm Movement", at)).as(at).isEqualTo(oneOff.actor("Hazm Movement", at));
            }
            long mentions = server.actor("Hazm Movement", "2015-03").mentions();

            SyrianFixture.addReport(kb, "doc-more", "Hazm fighters clashed near Atarib.");
            assertThat(server.actor("Hazm Movement", "2015-03").mentions()).as("the new report's mention")
                .isEqualTo(oneOff.actor("Hazm Movement", "2015-03").mentions()).isGreaterThan(mentions);
        }
    }
}
