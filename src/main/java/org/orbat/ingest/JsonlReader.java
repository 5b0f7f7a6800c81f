package org.orbat.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON Lines corpus lazily, one report per line, so a corpus of any size streams in constant
 * memory (bar the set of ids seen). A bad line becomes an error item named {@code file.jsonl:LINE}
 * and the following lines are still read: malformed JSON, a line over
 * {@link IngestOptions#maxLineBytes()}, missing text and html, fields of the wrong type, or an id
 * already used on an earlier line. Blank lines are skipped. Line parsing is {@link JsonlLineParser}'s job.
 *
 * <p>Immutable; threads may share it, though each returned stream belongs to one thread.
 */
final class JsonlReader {
    private final IngestOptions options;
    private final JsonlLineParser parser;

    JsonlReader(IngestOptions options, ArticleAssembler assembler) {
        this.options = options;
        this.parser = new JsonlLineParser(assembler);
    }

    /** The file's items in line order; close the stream to release the file. */
    Stream<IngestItem> read(Path file) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            return Stream.of(IngestItem.failed(new UnreadableArticleException(file.toString(),
                    "cannot read: " + e.getMessage())));
        }
        Iterator<IngestItem> items = new Items(file, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Walks the lines, holding the ids seen so far for the duplicate check. */
    private final class Items implements Iterator<IngestItem> {
        private final Path file;
        private final InputStream in;
        private final Map<String, JsonlLineParser.FirstSighting> firstLineOfId = new HashMap<>();
        private int lineNumber;
        private boolean finished;
        private IngestItem next;

        Items(Path file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !finished) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public IngestItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            IngestItem item = next;
            next = null;
            return item;
        }

        /** The item of the next line, or null for a blank line or the end of the file. */
        private IngestItem advance() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b;
            try {
                while ((b = in.read()) != -1 && b != '\n') {
                    if (line.size() < options.maxLineBytes()) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                }
            } catch (IOException e) {
                finished = true;
                return IngestItem.failed(new UnreadableArticleException(file + ":" + (lineNumber + 1),
                        "cannot read: " + e.getMessage()));
            }
            if (b == -1) {
                finished = true;
                if (line.size() == 0 && !tooLong) {
                    return null;
                }
            }
            lineNumber++;
            String source = file + ":" + lineNumber;
            if (tooLong) {
                return IngestItem.failed(new UnreadableArticleException(source,
                        "line too long (over " + IngestOptions.megabytes(options.maxLineBytes()) + " limit)"));
            }
            try {
                return parser.parse(line.toByteArray(), file + "#" + lineNumber, source, lineNumber, firstLineOfId)
                        .map(IngestItem::of).orElse(null);
            } catch (UnreadableArticleException e) {
                return IngestItem.failed(e);
            }
        }
    }
}
