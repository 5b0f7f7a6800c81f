package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsInputOutputDatabaseAndPartitions() {
        JobOptions o = JobOptions.parse("--input", "hdfs:///c/*.jsonl", "--output", "hdfs:///kb", "--jdbc",
            "jdbc:postgresql://db/orbat", "--partitions", "64");

        assertThat(o.input()).isEqualTo("hdfs:///c/*.jsonl");
        assertThat(o.output()).isEqualTo("hdfs:///kb");
        assertThat(o.jdbc()).contains("jdbc:postgresql://db/orbat");
        assertThat(o.partitions()).isEqualTo(64);
    }

    @Test
    void namesTheMissingOrBadArgument() {
        assertThatThrownBy(() -> JobOptions.parse("--output", "out")).hasMessage("--input is required");
        assertThatThrownBy(() -> JobOptions.parse("--input", "c.jsonl", "--output", "out", "--jdbc", "kb.db"))
            .hasMessageContaining("jdbc:postgresql: URL, got kb.db");
        assertThatThrownBy(() -> JobOptions.parse("--input", "c.jsonl", "--output", "out", "--partitions", "many"))
            .hasMessage("--partitions must be a whole number, got many");
        assertThatThrownBy(() -> JobOptions.parse("--input")).hasMessage("missing value after --input");
        assertThatThrownBy(() -> JobOptions.parse("--input", "c.jsonl", "--output", "out/", "--previous", "out"))
            .hasMessage("--previous must be another folder than --output, got out");
    }

    @Test
    void readsThePreviousRunsOutputForAnIncrementalRun() {
        assertThat(JobOptions.parse("--input", "c.jsonl", "--output", "run-2", "--previous", "run-1").previous())
            .contains("run-1");
        assertThat(JobOptions.parse("--input", "c.jsonl", "--output", "run-1").previous()).isEmpty();
    }
}
