package org.orbat.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.orbat.model.Article;

/**
 * Reads a plain-text ({@code .txt}) or HTML ({@code .html}, {@code .htm}) file holding one report:
 * checks its size against {@link IngestOptions#maxFileBytes()}, decodes it strictly
 * ({@link TextDecoder}) and hands it to the page or text path. Immutable; threads may share it.
 */
final class SingleFileReader {
    private final IngestOptions options;
    private final ArticleAssembler assembler;
    private final PageReader pages;

    SingleFileReader(IngestOptions options, ArticleAssembler assembler) {
        this.options = options;
        this.assembler = assembler;
        this.pages = new PageReader(assembler);
    }

    /** @throws UnreadableArticleException naming the file when it cannot be read as a report */
    Article read(Path file, boolean html) {
        String source = file.toString();
        String text = TextDecoder.decode(bytes(file), source);
        return html ? pages.read(source, source, text, DocumentMetadata.none())
                : assembler.assemble(source, source, text, DocumentMetadata.none());
    }

    private byte[] bytes(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                throw new UnreadableArticleException(source, "file too large (" + IngestOptions.megabytes(size)
                        + " > " + IngestOptions.megabytes(options.maxFileBytes()) + " limit)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException(source, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableArticleException(source, "permission denied");
        } catch (IOException e) {
            throw new UnreadableArticleException(source, "cannot read: " + e.getMessage());
        }
    }
}
