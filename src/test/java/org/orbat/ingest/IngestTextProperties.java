package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.testing.RandomText;

/**
 * Fuzzes the text cleaner and the publication-date detector with arbitrary Unicode (lone surrogates,
 * control characters, Arabic, every line separator) mixed with the lines they are built to recognise:
 * neither may throw, each must finish in bounded time, and cleaning is idempotent. Seeded: a failure
 * replays with the same inputs.
 */
class IngestTextProperties {
    static final int TRIES = 1500;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();
    private static final PublicationDateDetector DATES = new PublicationDateDetector();
    private static final List<String> FRAGMENTS = List.of("\n", "\r\n", "\u2028", "\u0085", "\n\n", " ", "\u00a0", "\t",
        "Published: ", "Posted on ", "31/02/2015", "2015-02-31", "March 3, 2016", "3 March 2016", "12/11/2014",
        "(Reuters) - ", "DOUMA, Syria, ", "By Staff Writer", "Share this article", "Copyright 2016 AFP",
        "Islamic State fighters clashed with rebels near Marea.", "جبهة النصرة", "قتل ٥ مدنيين في دوما",
        "Jaysh al-Islam", "\ud800", "\udfff", "\u0000", "\u202e", "\ufeff", "Read more:", "Updated 2016-03-01T10:00Z",
        "9999-99-99", "0000-00-00", "February 29, 2015", "Feb. 30 2016", "—", "|", "•");

    @Test
    void cleanerNeverThrowsAndCleaningCleanTextChangesNothing() {
        RandomText inputs = new RandomText(13, FRAGMENTS);
        for (int i = 0; i < TRIES; i++) {
            String text = inputs.next(2000);
            String once = bounded(() -> CLEANER.clean(text));
            assertThat(once).isNotNull();
            assertThat(bounded(() -> CLEANER.clean(once))).as("input %d", i).isEqualTo(once);
        }
    }

    @Test
    void dateDetectorNeverThrowsAndOnlyReturnsRealDates() {
        RandomText inputs = new RandomText(13, FRAGMENTS);
        for (int i = 0; i < TRIES; i++) {
            String text = inputs.next(2000);
            Optional<DetectedDate> found = bounded(() -> DATES.detect(text));
            found.ifPresent(d -> {
                assertThat(DateValue.parse(d.date().iso())).contains(d.date());
                assertThat(d.how()).isNotBlank();
            });
            assertThat(bounded(() -> DATES.detect(text))).isEqualTo(found);
        }
    }

    static <T> T bounded(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        return result;
    }
}
