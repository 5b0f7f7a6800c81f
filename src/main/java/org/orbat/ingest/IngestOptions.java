package org.orbat.ingest;

import java.util.Optional;
import org.orbat.model.DateValue;

/**
 * How {@link ArticleReader} reads its inputs.
 *
 * @param publishedOverride a publication date that wins over anything found in the files (the CLI option), or empty
 * @param maxFileBytes the largest text or HTML file accepted; larger files become error items
 * @param maxLineBytes the longest JSONL line accepted; longer lines become error items and the file continues
 */
public record IngestOptions(Optional<DateValue> publishedOverride, long maxFileBytes, int maxLineBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_BYTES = 5 * 1024 * 1024;

    public IngestOptions {
        publishedOverride = publishedOverride == null ? Optional.empty() : publishedOverride;
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
    }

    /** No override, 20 MiB per file, 5 MiB per JSONL line. */
    public static IngestOptions defaults() {
        return new IngestOptions(Optional.empty(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES);
    }

    public IngestOptions withPublishedOverride(DateValue date) {
        return new IngestOptions(Optional.of(date), maxFileBytes, maxLineBytes);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(publishedOverride, bytes, maxLineBytes);
    }

    public IngestOptions withMaxLineBytes(int bytes) {
        return new IngestOptions(publishedOverride, maxFileBytes, bytes);
    }

    /** Formats a byte count as megabytes (MiB) with one decimal, for messages such as "52.4 MB > 20.0 MB limit". */
    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
