package org.orbat.model;

import java.util.Objects;
import org.orbat.lexicon.Language;

/**
 * One cleaned news report, ready for language processing.
 *
 * @param path where the report was read from (file path, or {@code file.jsonl#line})
 * @param sourceId the id a JSONL line gave the article; {@code null} for plain files
 * @param title the headline, if one was found
 * @param outlet the publishing outlet, if the text or metadata names it
 * @param url the article's address, if known
 * @param published the publication date, if known
 * @param publishedHow how {@code published} was obtained ({@code option}, {@code metadata}, {@code text:<pattern>})
 * @param language the language the source states (a JSONL {@code language} field), or {@code null} when it states
 *     none: then the language seam ({@code nlp.LanguagePacks}) detects it, English by default, and the article
 *     goes on with the language it was read in
 * @param text the cleaned body text, boilerplate removed
 */
public record Article(String path, String sourceId, String title, String outlet, String url, DateValue published,
                      String publishedHow, Language language, String text) {
    public Article {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    public Article withPublished(DateValue date, String how) {
        return new Article(path, sourceId, title, outlet, url, date, how, language, text);
    }

    /** The article as read in {@code read}: the language it was annotated in, stated or detected. */
    public Article withLanguage(Language read) {
        return new Article(path, sourceId, title, outlet, url, published, publishedHow, read, text);
    }
}
