package org.orbat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final long MB = 1024 * 1024;

    private static String print(BenchReport report) {
        StringWriter out = new StringWriter();
        report.print(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void comparesRatesPerDocumentAndPerToken() {
        PhaseResult orbat = new PhaseResult("orbat", 100, 50_000, 10, 1, 20, 1500 * MB, 0);
        PhaseResult reference = new PhaseResult("reference", 100, 50_000, 12, 2, 200, 1800 * MB, 0);
        BenchReport report = new BenchReport(orbat, reference, 100, 2, 2, Map.of("events", 7L), new BenchReport.Protocol(3, 2, 3));

        assertThat(report.documentRatio()).isEqualTo(10.0);
        assertThat(report.tokenRatio()).isEqualTo(10.0);
        assertThat(report.referenceOnSubset()).isFalse();
        assertThat(print(report))
            .contains("orbat            100     50000     10.0      1.0     20.0      5.00       2500    1500 MB")
            .contains("reference        100     50000     12.0      2.0    200.0      0.50        250    1800 MB")
            .contains("Orbat/reference: 10.00x documents/s, 10.00x tokens/s")
            .contains("Orbat stored 7 events")
            .contains("(the median of 3 timed runs)")
            .contains("each phase had processed the corpus's first 3 document(s) 2 time(s) beforehand")
            .doesNotContain("The reference ran on the first");
    }

    @Test
    void showsEveryRunsRatioAndTheirRangeBesideTheMedian() {
        PhaseResult orbat = new PhaseResult("orbat", 100, 60_000, 10, 1, 20, 1500 * MB, 0, List.of(30.0, 20.0, 15.0));
        PhaseResult reference = new PhaseResult("reference", 100, 60_000, 12, 2, 200, 1800 * MB, 0, List.of(300.0, 200.0, 210.0));
        BenchReport report = new BenchReport(orbat, reference, 100, 2, 2, Map.of(), new BenchReport.Protocol(3, 2, 3));

        assertThat(report.tokenRatioEachRun()).containsExactly(10.0, 10.0, 14.0);
        assertThat(print(report))
            .contains("Orbat/reference: 10.00x documents/s, 10.00x tokens/s")
            .contains("run by run (Orbat's run i against the reference's run i): 10.00x, 10.00x, 14.00x; range 10.00x-14.00x")
            .contains("Run times, s: orbat 30.0 20.0 15.0; reference 300.0 200.0 210.0");
    }

    @Test
    void aSingleRunPrintsNoRange() {
        PhaseResult orbat = new PhaseResult("orbat", 5, 6_000, 5, 0, 2, 1500 * MB, 0);
        PhaseResult reference = new PhaseResult("reference", 5, 6_000, 8, 0, 10, 1800 * MB, 0);
        BenchReport report = new BenchReport(orbat, reference, 5, 2, 2, Map.of(), new BenchReport.Protocol(5, 2, 1));

        assertThat(print(report)).doesNotContain("run by run").doesNotContain("Run times");
    }

    @Test
    void saysWhenTheReferenceRanOnASubset() {
        PhaseResult orbat = new PhaseResult("orbat", 381, 170_000, 10, 1, 100, 1500 * MB, 0);
        PhaseResult reference = new PhaseResult("reference", 20, 9_000, 12, 2, 50, 1800 * MB, 0);
        BenchReport report = new BenchReport(orbat, reference, 381, 2, 2, Map.of(), new BenchReport.Protocol(80, 2, 1));

        assertThat(report.referenceOnSubset()).isTrue();
        assertThat(print(report)).contains("The reference ran on the first 20 of 381 documents: compare rates per document and per token.");
    }

    @Test
    void saysWhenBothRatesIncludeJitCompilation() {
        PhaseResult orbat = new PhaseResult("orbat", 5, 6_000, 5, 0, 2, 1500 * MB, 0);
        PhaseResult reference = new PhaseResult("reference", 5, 6_000, 8, 0, 10, 1800 * MB, 0);
        BenchReport report = new BenchReport(orbat, reference, 5, 2, 2, Map.of(), new BenchReport.Protocol(5, 0, 1));

        assertThat(print(report)).contains("no warm-up: both rates include JIT compilation").doesNotContain("beforehand");
    }

    @Test
    void refusesNegativeCountsNamingThem() {
        assertThatThrownBy(() -> new PhaseResult("orbat", -1, 0, 0, 0, 0, 0, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 documents");
    }
}
