package org.orbat.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void allowsABurstThenRefillsOverTime() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(3, 2, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
        now.addAndGet(500_000_000L);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void aFractionalRateRefillsOneTokenEveryTwoSeconds() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(1, 0.5, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();
        now.addAndGet(1_900_000_000L);
        assertThat(limiter.tryAcquire("a")).isFalse();
        now.addAndGet(100_000_000L);
        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void refusesANonPositiveRateNamingIt() {
        assertThatThrownBy(() -> new RateLimiter(1, 0, System::nanoTime)).hasMessageContaining("0.0");
    }
}
