package org.orbat.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orbat.ingest.ArticleReader;
import org.orbat.ingest.IngestOptions;
import org.orbat.ingest.UnreadableArticleException;
import org.orbat.model.Article;

/**
 * Keys corpus lines by the document they describe, so that lines repeating an id are processed once,
 * as the CLI does within a JSONL file: the first line of an id is the document, a later line with
 * the same text is the same document again and is dropped, and a later line with a different text is
 * rejected ("duplicate id .. with different text"). Lines without an id, and lines that cannot be
 * read (rejected later, where they are processed), are each a key of their own. Stateless.
 */
final class LineKeys {
    private LineKeys() {
    }

    /** The document key of a line: its JSONL id, else its line number. */
    static String key(String line, long number, ArticleReader reader) {
        try {
            return reader.readLine(line, "corpus", number).map(Article::sourceId).map(id -> "id:" + id)
                .orElse("line:" + number);
        } catch (UnreadableArticleException e) {
            return "line:" + number;
        }
    }

    /** A reader for {@link #key}; cheap, one per partition. */
    static ArticleReader reader() {
        return new ArticleReader(IngestOptions.defaults());
    }

    /** The lines of one key to go on with: the first, and a rejection for each later line of a different text. */
    static List<NumberedLine> firstOfEach(String key, Iterable<NumberedLine> lines, ArticleReader reader) {
        List<NumberedLine> sorted = new ArrayList<>();
        lines.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(NumberedLine::number));
        NumberedLine first = sorted.get(0);
        List<NumberedLine> out = new ArrayList<>(List.of(first));
        if (sorted.size() == 1) {
            return out;
        }
        Optional<List<String>> firstContent = content(first, reader);
        for (NumberedLine later : sorted.subList(1, sorted.size())) {
            if (!content(later, reader).equals(firstContent)) {
                out.add(new NumberedLine(later.text(), later.number(), "duplicate id " + key.substring("id:".length())
                    + " with different text (first on line " + first.number() + ")"));
            }
        }
        return out;
    }

    /** What makes two lines of one id the same report: the text and title they give (other fields, like labels, may differ). */
    private static Optional<List<String>> content(NumberedLine line, ArticleReader reader) {
        try {
            return reader.readLine(line.text(), "corpus", line.number())
                .map(a -> java.util.Arrays.asList(a.text(), a.title()));
        } catch (UnreadableArticleException e) {
            return Optional.empty();
        }
    }
}
