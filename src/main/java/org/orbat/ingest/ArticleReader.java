package org.orbat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.orbat.model.Article;

/**
 * The front door of the ingest stage: turns input paths into {@link IngestItem}s, each an
 * {@link Article} or the reason a file (or JSONL line) could not be read. A bad input never stops the
 * others.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(IngestOptions.defaults());
 * List<Path> files = reader.expand(List.of(Path.of("reports")));
 * long total = reader.estimateCount(files);       // for a progress bar
 * try (Stream<IngestItem> items = reader.readAll(files)) {
 *     items.forEach(item -> ...);
 * }
 * }</pre>
 *
 * <p>Formats: {@code .txt} (UTF-8, or UTF-16 with a byte-order mark), {@code .html}/{@code .htm}, and
 * {@code .jsonl} (one report per line, streamed lazily). Immutable; threads may share it.
 */
public final class ArticleReader {
    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl");

    private final SingleFileReader files;
    private final JsonlReader jsonl;
    private final JsonlLineParser lines;

    public ArticleReader(IngestOptions options) {
        Objects.requireNonNull(options, "options");
        ArticleAssembler assembler = new ArticleAssembler(options);
        this.files = new SingleFileReader(options, assembler);
        this.jsonl = new JsonlReader(options, assembler);
        this.lines = new JsonlLineParser(assembler);
    }

    /**
     * Reads one JSONL line on its own, for callers that split a corpus themselves (a Spark job reads
     * lines from HDFS or S3). The same rules as a line of a {@code .jsonl} file, except that an id is
     * not checked against other lines: the caller sees only this one.
     *
     * @param line the line's text, without its line end
     * @param file the corpus it came from, as named in {@link Article#path()} ({@code file#LINE})
     * @param lineNumber the line's number in {@code file}, from 1
     * @return the article, or empty for a blank line
     * @throws UnreadableArticleException naming {@code file:LINE} when the line is not a usable report
     */
    public Optional<Article> readLine(String line, String file, long lineNumber) {
        Objects.requireNonNull(line, "line");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("Line numbers start at 1, got " + lineNumber);
        }
        return lines.parse(line.getBytes(StandardCharsets.UTF_8), file + "#" + lineNumber, file + ":" + lineNumber,
            (int) Math.min(lineNumber, Integer.MAX_VALUE), new HashMap<>());
    }

    /**
     * The files to read: folders are walked recursively in sorted order keeping {@code .txt},
     * {@code .html}, {@code .htm} and {@code .jsonl} files; named files are kept whatever their type; a
     * path that does not exist or a folder that cannot be listed is kept too, so {@link #read} reports it.
     */
    public List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, out);
            } else {
                out.add(input);
            }
        }
        return out;
    }

    /** The items of one file: one for a text or HTML file, one per non-blank line (lazily) for JSONL. */
    public Stream<IngestItem> read(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            return failed(source, "no such file");
        }
        if (Files.isDirectory(file)) {
            return failed(source, "is a folder; expand it first");
        }
        if (!Files.isReadable(file)) {
            return failed(source, "permission denied");
        }
        String extension = extension(file);
        if (extension.equals("jsonl")) {
            return jsonl.read(file);
        }
        if (!EXTENSIONS.contains(extension)) {
            return failed(source, "unsupported file type (expected .txt, .html, .htm or .jsonl)");
        }
        return Stream.of(readOne(file, extension.startsWith("htm")));
    }

    /** The items of all {@code files} in order; close the stream to release any open JSONL file. */
    public Stream<IngestItem> readAll(List<Path> files) {
        return files.stream().flatMap(this::read);
    }

    /** How many items {@link #read} will yield, roughly: the lines of each JSONL file, one per other file. */
    public long estimateCount(List<Path> files) {
        long count = 0;
        for (Path file : files) {
            count += extension(file).equals("jsonl") && Files.isReadable(file) ? lines(file) : 1;
        }
        return count;
    }

    private IngestItem readOne(Path file, boolean html) {
        try {
            return IngestItem.of(files.read(file, html));
        } catch (UnreadableArticleException e) {
            return IngestItem.failed(e);
        } catch (StackOverflowError e) {
            return IngestItem.failed(new UnreadableArticleException(file.toString(), "too deeply nested to read"));
        }
    }

    private static void walk(Path folder, List<Path> out) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && EXTENSIONS.contains(extension(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file); // read() will report it
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        out.addAll(found);
    }

    private static long lines(Path file) {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        } catch (IOException e) {
            return 1;
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static Stream<IngestItem> failed(String source, String reason) {
        return Stream.of(IngestItem.failed(new UnreadableArticleException(source, reason)));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
