package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {
    @Test
    void eachBadValueIsRefusedNamingTheOptionThatSetsIt() {
        assertThatThrownBy(() -> new BenchSettings(0, 1, 0, 0, 1)).hasMessage("--threads and --reference-threads must be at least 1, got 0 and 1");
        assertThatThrownBy(() -> new BenchSettings(1, 1, -1, 0, 1)).hasMessage("--reference-limit cannot be negative, got -1");
        assertThatThrownBy(() -> new BenchSettings(1, 1, 0, -2, 1)).hasMessage("--warmup-passes cannot be negative, got -2");
        assertThatThrownBy(() -> new BenchSettings(1, 1, 0, 0, 0)).hasMessage("--runs must be at least 1, got 0");
    }

    @Test
    void zeroMeansAllDocumentsAndNoWarmUp() {
        assertThat(new BenchSettings(2, 2, 0, 0, 1).referenceLimit()).isZero();
    }
}
