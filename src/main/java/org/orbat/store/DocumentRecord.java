package org.orbat.store;

import org.orbat.lexicon.Language;
import org.orbat.model.DateValue;

/**
 * A stored document's metadata.
 *
 * @param id stable document id, derived from {@code sourceKey}
 * @param sourceKey what identifies the article across runs: the JSONL id, else the file's absolute path
 * @param path where it was read from
 * @param sourceId the id a JSONL line gave it, or {@code null}
 * @param title headline, if found
 * @param outlet publishing outlet, if found
 * @param url address, if known
 * @param published publication date, if known
 * @param publishedHow how the date was obtained
 * @param contentHash SHA-256 of the cleaned text and metadata: an unchanged article is skipped
 * @param language the language it was read in
 */
public record DocumentRecord(String id, String sourceKey, String path, String sourceId, String title, String outlet,
                             String url, DateValue published, String publishedHow, String contentHash,
                             Language language) {
}
