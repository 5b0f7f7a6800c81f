package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of {@link BoilerplateCleaner#clean}: no input makes it throw, and cleaning
 * its own output changes nothing. {@code mvn test} replays the seeds in {@code BoilerplateCleanerFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=BoilerplateCleanerFuzzTest} fuzzes for {@code maxDuration} (docs/reliability.md).
 */
class BoilerplateCleanerFuzzTest {
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();

    @FuzzTest(maxDuration = "60s")
    void cleanerNeverThrowsAndIsIdempotent(@NotNull String text) {
        String once = CLEANER.clean(text);
        assertThat(CLEANER.clean(once)).isEqualTo(once);
    }
}
