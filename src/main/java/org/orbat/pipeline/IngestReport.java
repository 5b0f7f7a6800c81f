package org.orbat.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param ingested articles stored (new or changed)
 * @param unchanged articles skipped because the same content was already stored
 * @param sameStory new articles not stored because they repeat a stored story under another source (their outlet is
 *     added to that story's document)
 * @param failures one line per rejected file or line, naming it and the reason
 * @param elapsed wall time
 */
public record IngestReport(int ingested, int unchanged, int sameStory, List<String> failures, Duration elapsed) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** A run that does not look for stories told twice. */
    public IngestReport(int ingested, int unchanged, List<String> failures, Duration elapsed) {
        this(ingested, unchanged, 0, failures, elapsed);
    }

    public int failed() {
        return failures.size();
    }
}
