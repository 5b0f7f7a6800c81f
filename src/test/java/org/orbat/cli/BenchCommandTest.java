package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs {@code orbat bench} with real CoreNLP on a small slice of the bundled samples. */
class BenchCommandTest {
    @Test
    void printsOrbatAndTheReferenceSideBySideWithTheirRatio() {
        IngestCommandTest.Run run = IngestCommandTest.run("bench", "--threads", "1", "--reference-limit", "1", "--warmup-passes", "1", "--runs", "1",
            "samples/jfs-rebrand-2016.txt", "samples/wire-reports.jsonl");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
            .contains("tokenize,ssplit,pos,lemma,ner,depparse")
            .contains("The reference ran on the first 1 of")
            .containsPattern("(?m)^orbat +\\d+ +\\d+ ")
            .containsPattern("(?m)^reference +1 +\\d+ ")
            .contains("Orbat/reference: ")
            .contains("(one timed run)")
            .contains("had processed the corpus's first 4 document(s) 1 time(s) beforehand");
    }

    @Test
    void refusesANegativeReferenceLimitAsAUsageError() {
        IngestCommandTest.Run run = IngestCommandTest.run("bench", "--reference-limit", "-1", "samples");
        assertThat(run.code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run.err()).contains("--reference-limit cannot be negative, got -1");
    }

    @Test
    void refusesNegativeWarmupPassesAsAUsageError() {
        IngestCommandTest.Run run = IngestCommandTest.run("bench", "--warmup-passes", "-2", "samples");
        assertThat(run.code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run.err()).contains("--warmup-passes cannot be negative, got -2");
    }

    @Test
    void refusesZeroRunsAsAUsageError() {
        IngestCommandTest.Run run = IngestCommandTest.run("bench", "--runs", "0", "samples");
        assertThat(run.code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run.err()).contains("--runs must be at least 1, got 0");
    }
}
