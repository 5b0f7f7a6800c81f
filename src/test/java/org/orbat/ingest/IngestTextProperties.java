package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.orbat.model.DateValue;

/**
 * Fuzzes the text cleaner and the publication-date detector with arbitrary Unicode (lone surrogates,
 * control characters, Arabic, every line separator) mixed with the lines they are built to recognise:
 * neither may throw, each must finish in bounded time, and cleaning is idempotent.
 */
class IngestTextProperties {
    static final int TRIES = 1500;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();
    private static final PublicationDateDetector DATES = new PublicationDateDetector();

    /** Arbitrary strings, and strings assembled from fragments of real reports, dates and page furniture. */
    @Provide
    static Arbitrary<String> reportLike() {
        Arbitrary<String> fragments = Arbitraries.of("\n", "\r\n", "\u2028", "\u0085", "\n\n", " ", "\u00a0", "\t",
            "Published: ", "Posted on ", "31/02/2015", "2015-02-31", "March 3, 2016", "3 March 2016", "12/11/2014",
            "(Reuters) - ", "DOUMA, Syria, ", "By Staff Writer", "Share this article", "Copyright 2016 AFP",
            "Islamic State fighters clashed with rebels near Marea.", "جبهة النصرة", "قتل ٥ مدنيين في دوما",
            "Jaysh al-Islam", "\ud800", "\udfff", "\u0000", "\u202e", "\ufeff", "Read more:", "Updated 2016-03-01T10:00Z",
            "9999-99-99", "0000-00-00", "February 29, 2015", "Feb. 30 2016", "—", "|", "•");
        Arbitrary<String> assembled = fragments.list().ofMaxSize(60).map(parts -> String.join("", parts));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> mixed = Arbitraries.strings().withCharRange('\u0000', '\u07ff').withChars('\n', ' ', '.')
            .ofMaxLength(2000);
        return Arbitraries.oneOf(assembled, any, mixed);
    }

    @Property(tries = TRIES, seed = "13")
    void cleanerNeverThrowsAndCleaningCleanTextChangesNothing(@ForAll("reportLike") String text) {
        String once = bounded(() -> CLEANER.clean(text));
        assertThat(once).isNotNull();
        assertThat(bounded(() -> CLEANER.clean(once))).isEqualTo(once);
        CHECKED.incrementAndGet();
    }

    @Property(tries = TRIES, seed = "13")
    void dateDetectorNeverThrowsAndOnlyReturnsRealDates(@ForAll("reportLike") String text) {
        Optional<DetectedDate> found = bounded(() -> DATES.detect(text));
        found.ifPresent(d -> {
            assertThat(DateValue.parse(d.date().iso())).contains(d.date());
            assertThat(d.how()).isNotBlank();
        });
        assertThat(bounded(() -> DATES.detect(text))).isEqualTo(found);
        CHECKED.incrementAndGet();
    }

    @AfterContainer
    static void report() {
        System.out.printf("ingest text properties: %d generated inputs checked%n", CHECKED.get());
    }

    static <T> T bounded(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        return result;
    }
}
