package org.orbat.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param ingested articles stored (new or changed)
 * @param unchanged articles skipped because the same content was already stored
 * @param failures one line per rejected file or line, naming it and the reason
 * @param elapsed wall time
 */
public record IngestReport(int ingested, int unchanged, List<String> failures, Duration elapsed) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }
}
