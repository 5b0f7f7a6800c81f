package org.orbat.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.orbat.model.Article;

/**
 * How an article is recognised across runs. Its key is the id a JSONL line gave it, else its file's
 * absolute path; its content hash covers the cleaned text and metadata, so a re-ingested unchanged
 * article is skipped (wherever it is read from) and a changed one replaces its own facts. Public for callers that
 * distribute the work themselves (the Spark job), which must decide the same way which articles to skip.
 */
public final class DocumentIdentity {
    /**
     * Bump when extraction changes, so re-ingesting re-extracts instead of skipping. 2: faster NER (bench
     * branch). 3: SUTime only around possible dates, no NUMBER/DATE NER labels (speed2 branch).
     */
    static final String PIPELINE_VERSION = "3";

    private DocumentIdentity() {
    }

    public static String sourceKey(Article a) {
        if (a.sourceId() != null && !a.sourceId().isBlank()) {
            return "id:" + a.sourceId();
        }
        return "file:" + Path.of(a.path()).toAbsolutePath().normalize();
    }

    public static String documentId(String sourceKey) {
        return "doc-" + sha256(sourceKey).substring(0, 16);
    }

    public static String contentHash(Article a) {
        String hashed = String.join("\u0000", PIPELINE_VERSION, a.text(), String.valueOf(a.title()),
            String.valueOf(a.outlet()), String.valueOf(a.url()), String.valueOf(a.published()),
            String.valueOf(a.publishedHow()), String.valueOf(a.sourceId()));
        // A stated language changes how the text is read, so it is part of the content; an article stating none
        // keeps the hash knowledge bases stored before languages were stated, and is not re-read for nothing.
        return sha256(a.language() == null ? hashed : hashed + "\u0000" + a.language().code());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
