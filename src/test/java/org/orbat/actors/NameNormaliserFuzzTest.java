package org.orbat.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of {@link NameNormaliser#key}: no name makes it throw, and a key is its
 * own key. Seeds (Arabic names, transliterations) in {@code NameNormaliserFuzzTestInputs}; fuzz with
 * {@code JAZZER_FUZZ=1} (docs/reliability.md).
 */
class NameNormaliserFuzzTest {
    private static final NameNormaliser NORMALISER = NameNormaliser.standard();

    @FuzzTest(maxDuration = "60s")
    void keyOfKeyIsKey(@NotNull String name) {
        String key = NORMALISER.key(name);
        assertThat(NORMALISER.key(key)).as("key of key %s", key).isEqualTo(key);
    }
}
