package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbat generate} then {@code orbat bench-queries} on a small knowledge base. */
class GenerateAndBenchQueriesCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesAKnowledgeBaseOfTheAskedSizeAndTimesEveryQueryOnIt() {
        String db = dir.resolve("big.db").toString();
        IngestCommandTest.Run generated = IngestCommandTest.run("generate", "--events", "2000", "--actors", "60", db);
        assertThat(generated.code()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("2000 events, 60 actors");

        IngestCommandTest.Run timed = IngestCommandTest.run("bench-queries", "--rounds", "5", db);
        assertThat(timed.code()).as(timed.err()).isZero();
        assertThat(timed.out())
            .contains("events=2000")
            .containsPattern("actor NAME --at DATE .* median +\\d+\\.\\d\\d ms +p95 +\\d+\\.\\d\\d ms +\\(5 runs\\)")
            .containsPattern("network --at DATE \\(whole network, read each time\\) +median +\\d+\\.\\d\\d ms");
    }

    @Test
    void refusesTooFewActorsAsAUsageError() {
        IngestCommandTest.Run run = IngestCommandTest.run("generate", "--actors", "1", dir.resolve("x.db").toString());
        assertThat(run.code()).isEqualTo(OrbatCommand.USAGE);
        assertThat(run.err()).contains("--actors must be at least 2, got 1000000 and 1");
    }

    @Test
    void namesAMissingKnowledgeBase() {
        Path missing = dir.resolve("missing.db");
        IngestCommandTest.Run run = IngestCommandTest.run("bench-queries", missing.toString());
        assertThat(run.code()).isEqualTo(OrbatCommand.FAILED);
        assertThat(run.err()).contains(missing + ": no such knowledge base");
    }
}
