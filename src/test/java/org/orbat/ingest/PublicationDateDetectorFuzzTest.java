package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Optional;
import org.orbat.model.DateValue;

/**
 * Coverage-guided fuzzing of {@link PublicationDateDetector#detect}: no input makes it throw, and a
 * date it reports is a real calendar date (its ISO form parses back to the same value). Seeds in
 * {@code PublicationDateDetectorFuzzTestInputs}; fuzz with {@code JAZZER_FUZZ=1} (docs/reliability.md).
 */
class PublicationDateDetectorFuzzTest {
    private static final PublicationDateDetector DATES = new PublicationDateDetector();

    @FuzzTest(maxDuration = "60s")
    void detectorNeverThrowsAndOnlyReturnsRealDates(@NotNull String text) {
        Optional<DetectedDate> found = DATES.detect(text);
        found.ifPresent(d -> {
            assertThat(DateValue.parse(d.date().iso())).contains(d.date());
            assertThat(d.how()).isNotBlank();
        });
    }
}
