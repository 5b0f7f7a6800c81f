package org.orbat.ingest;

import java.util.Optional;
import org.orbat.model.Article;

/**
 * Turns decoded report text plus whatever metadata its format carried into an {@link Article}: cleans
 * the boilerplate, then fills title, outlet and publication date, metadata first and detection second.
 * The date precedence is: the {@link IngestOptions#publishedOverride()} ({@code option}), then metadata,
 * then {@link PublicationDateDetector}. Detection reads the raw text, because the lines it needs
 * (source lines, republisher footers, bylines) are the ones the cleaner removes.
 *
 * <p>Immutable; threads may share it.
 */
final class ArticleAssembler {
    private final IngestOptions options;
    private final BoilerplateCleaner cleaner;
    private final TitleDetector titles;
    private final OutletDetector outlets;
    private final PublicationDateDetector dates;

    ArticleAssembler(IngestOptions options) {
        this(options, new BoilerplateCleaner(), new TitleDetector(), new OutletDetector(), new PublicationDateDetector());
    }

    ArticleAssembler(IngestOptions options, BoilerplateCleaner cleaner, TitleDetector titles, OutletDetector outlets,
                     PublicationDateDetector dates) {
        this.options = options;
        this.cleaner = cleaner;
        this.titles = titles;
        this.outlets = outlets;
        this.dates = dates;
    }

    /**
     * @param path where the report came from, as stored in {@link Article#path()}
     * @param source the name used in error messages ({@code file} or {@code file.jsonl:LINE})
     * @throws UnreadableArticleException when nothing but boilerplate is left
     */
    Article assemble(String path, String source, String rawText, DocumentMetadata metadata) {
        String text = cleaner.clean(rawText);
        if (text.isBlank()) {
            throw new UnreadableArticleException(source, "no article text left after removing boilerplate");
        }
        String title = metadata.title().or(() -> titles.detect(text)).orElse(null);
        String outlet = metadata.outlet().or(() -> outlets.detect(rawText)).orElse(null);
        Optional<DetectedDate> published = options.publishedOverride().map(d -> new DetectedDate(d, "option"))
                .or(metadata::published)
                .or(() -> dates.detect(rawText));
        return new Article(path, metadata.sourceId().orElse(null), title, outlet, metadata.url().orElse(null),
                published.map(DetectedDate::date).orElse(null), published.map(DetectedDate::how).orElse(null),
                metadata.language().orElse(null), text);
    }
}
