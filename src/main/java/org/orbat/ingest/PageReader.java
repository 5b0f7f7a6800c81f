package org.orbat.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.orbat.model.Article;

/**
 * Reads one HTML page (from a file or a JSONL {@code html} field) into an {@link Article}: metadata
 * from the markup first, then the cleaned text. Immutable; threads may share it.
 */
final class PageReader {
    private final ArticleAssembler assembler;

    PageReader(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * @param extra metadata from outside the page (a JSONL line's fields), which wins over the page's own
     */
    Article read(String path, String source, String html, DocumentMetadata extra) {
        Document page = Jsoup.parse(html);
        DocumentMetadata own = HtmlMetadata.read(page);
        String text = HtmlText.extract(page);
        DocumentMetadata merged = new DocumentMetadata(extra.sourceId().or(own::sourceId),
                extra.title().or(own::title), extra.outlet().or(own::outlet), extra.url().or(own::url),
                extra.published().or(own::published), extra.language().or(own::language));
        return assembler.assemble(path, source, text, merged);
    }
}
