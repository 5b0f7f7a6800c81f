package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A kept answer is good under its own token, and under a later one only while younger than the lag allowed. */
class StalenessTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void anExactServerKeepsAnAnswerOnlyUnderTheTokenItWasReadUnder() {
        Staleness exact = Staleness.exact();
        long readAt = exact.now();
        assertThat(exact.stillGood("v1", readAt, "v1")).isTrue();
        assertThat(exact.stillGood("v1", readAt, "v2")).isFalse();
    }

    @Test
    void anAnswerReadUnderAnEarlierTokenServesUntilItIsAsOldAsTheLag() {
        Staleness lag = Staleness.upTo(Duration.ofSeconds(10), nanos::get);
        long readAt = lag.now();
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(lag.stillGood("v1", readAt, "v2")).isTrue();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(lag.stillGood("v1", readAt, "v2")).as("10 s old").isFalse();
        assertThat(lag.stillGood("v2", readAt, "v2")).as("unchanged knowledge base: no age limit").isTrue();
    }

    @Test
    void aWriteOfTheServersOwnMakesEveryAnswerReadBeforeItStale() {
        Staleness lag = Staleness.upTo(Duration.ofSeconds(10), nanos::get);
        long before = lag.now();
        nanos.addAndGet(1_000);
        lag.written();
        nanos.addAndGet(1_000);
        long after = lag.now();
        assertThat(lag.stillGood("v1", before, "v2")).isFalse();
        assertThat(lag.stillGood("v1", before, "v1")).as("read before the write, whatever its token").isFalse();
        assertThat(lag.stillGood("v2", after, "v3")).isTrue();
    }

    @Test
    void aNegativeLagIsRefused() {
        assertThatThrownBy(() -> Staleness.upTo(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("PT-1S");
    }
}
