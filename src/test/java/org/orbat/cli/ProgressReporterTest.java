package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.orbat.pipeline.ProgressListener.Outcome;

class ProgressReporterTest {

    @Test
    void givesNoEtaUntilArticlesWereAnnotatedWithTheModelsLoaded() {
        StringWriter log = new StringWriter();
        ProgressReporter reporter = ProgressReporter.forTerminal(new PrintWriter(log));
        reporter.started(10);
        assertThat(reporter.eta(10)).isEmpty();
        reporter.loadingModels();
        reporter.loadingModels();   // the second worker's models: announced once
        reporter.modelsLoaded();
        reporter.advanced(Outcome.UNCHANGED, "a.txt", "");
        reporter.advanced(Outcome.INGESTED, "b.txt", "");
        reporter.advanced(Outcome.INGESTED, "c.txt", "");
        assertThat(reporter.eta(7)).as("two annotated articles and a skipped one are no rate yet").isEmpty();
        reporter.advanced(Outcome.INGESTED, "d.txt", "");
        assertThat(reporter.eta(6)).isPresent();
        assertThat(log.toString().split("loading language models", -1)).hasSize(2);
    }
}
