package org.orbat.bench;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One generated news report, as {@code orbat ingest} reads a JSONL line: {@code id} (the document's source id),
 * {@code title}, {@code outlet}, {@code url}, {@code published}, {@code language} and {@code text}.
 */
public record SyntheticArticle(String id, String title, String outlet, String url, LocalDate published, String text) {
    public SyntheticArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
    }
}
