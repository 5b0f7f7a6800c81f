package org.orbat.ingest;

import java.util.Objects;
import org.orbat.model.Article;

/**
 * One unit read from the inputs: an article, or the reason one file or line could not be read.
 * Exactly one of the two is present.
 */
public record IngestItem(Article article, UnreadableArticleException error) {
    public IngestItem {
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("An ingest item holds either an article or an error");
        }
    }

    public static IngestItem of(Article article) {
        return new IngestItem(Objects.requireNonNull(article), null);
    }

    public static IngestItem failed(UnreadableArticleException error) {
        return new IngestItem(null, Objects.requireNonNull(error));
    }

    public boolean ok() {
        return article != null;
    }
}
