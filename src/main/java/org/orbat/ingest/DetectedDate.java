package org.orbat.ingest;

import java.util.Objects;
import org.orbat.model.DateValue;

/**
 * A publication date found in a report, and how it was found.
 *
 * @param date the date, to the precision the report gave
 * @param how where it came from, as stored in {@code Article.publishedHow}: {@code text:source-line},
 *            {@code text:byline}, {@code metadata:json-ld}, ...
 */
public record DetectedDate(DateValue date, String how) {
    public DetectedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(how, "how");
    }
}
