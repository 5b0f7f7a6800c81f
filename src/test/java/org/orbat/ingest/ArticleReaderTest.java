package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.model.Article;
import org.orbat.model.DateValue;

class ArticleReaderTest {
    private static final String REPORT = """
            Rebels cross the river
            14 April 2016
            Militia fighters withdrew from the river crossing after two days of shelling.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

    private IngestItem only(Path file) {
        List<IngestItem> items = reader.read(file).toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private String reasonFor(Path file) {
        IngestItem item = only(file);
        assertThat(item.ok()).as("expected an error item").isFalse();
        assertThat(item.error().getMessage()).startsWith(file + ": ");
        return item.error().reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsPlainTextWithTitleAndBylineDate() throws IOException {
        Article article = only(write("report.txt", REPORT)).article();
        assertThat(article.title()).isEqualTo("Rebels cross the river");
        assertThat(article.published()).isEqualTo(DateValue.day(LocalDate.of(2016, 4, 14)));
        assertThat(article.publishedHow()).isEqualTo("text:byline");
        assertThat(article.sourceId()).isNull();
        assertThat(article.text()).contains("Militia fighters withdrew").doesNotContain("14 April 2016");
    }

    @Test
    void publishedOverrideWinsOverTextDate() throws IOException {
        ArticleReader overriding = new ArticleReader(IngestOptions.defaults().withPublishedOverride(DateValue.month(2017, 5)));
        Article article = overriding.read(write("report.txt", REPORT)).toList().get(0).article();
        assertThat(article.published()).isEqualTo(DateValue.month(2017, 5));
        assertThat(article.publishedHow()).isEqualTo("option");
    }

    @Test
    void stripsUtf8ByteOrderMark() throws IOException {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(only(write("bom.txt", bytes)).article().title()).isEqualTo("Rebels cross the river");
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws IOException {
        byte[] little = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
        byte[] big = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(only(write("le.txt", little)).article().title()).isEqualTo("Rebels cross the river");
        assertThat(only(write("be.txt", big)).article().title()).isEqualTo("Rebels cross the river");
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() throws IOException {
        assertThat(reasonFor(write("empty.txt", ""))).isEqualTo("empty file");
        assertThat(reasonFor(write("blank.txt", " \n\t\r\n  \n"))).isEqualTo("empty file");
    }

    @Test
    void rejectsBinaryFiles() throws IOException {
        assertThat(reasonFor(write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})))
                .isEqualTo("binary file, not text");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        assertThat(reasonFor(write("controls.txt", controls))).isEqualTo("binary file, not text");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByte() throws IOException {
        byte[] bytes = "Rebels cross \u00E9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reasonFor(write("latin1.txt", bytes))).isEqualTo("invalid UTF-8 at byte 13");
    }

    @Test
    void rejectsFileOverSizeLimit() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] line = "Militia fighters withdrew from the river crossing after shelling.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 21L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(reasonFor(file)).matches("file too large \\(21\\.0 MB > 20\\.0 MB limit\\)");
    }

    @Test
    void reportsMissingPathAndFolder() throws IOException {
        assertThat(reasonFor(dir.resolve("missing.txt"))).isEqualTo("no such file");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThat(reasonFor(folder)).contains("folder");
    }

    @Test
    void reportsUnreadableFile() throws IOException {
        Path file = write("locked.txt", REPORT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
        assertThat(reasonFor(file)).isEqualTo("permission denied");
    }

    @Test
    void rejectsUnsupportedFileNamedExplicitly() throws IOException {
        assertThat(reasonFor(write("notes.docx", REPORT))).startsWith("unsupported file type");
    }

    @Test
    void acceptsArabicOnlyText() throws IOException {
        String arabic = "المقاتلون يعبرون النهر\n\nانسحب المقاتلون من المعبر بعد يومين من القصف.\n";
        Article article = only(write("arabic.txt", arabic)).article();
        assertThat(article.title()).isEqualTo("المقاتلون يعبرون النهر");
        assertThat(article.text()).contains("انسحب المقاتلون");
    }

    @Test
    void acceptsMegabyteLineWithoutSentenceEnd() throws IOException {
        String line = "fighters withdrew from the crossing and ".repeat(26_000);
        Article article = only(write("long.txt", line)).article();
        assertThat(article.text()).hasSize(line.strip().length());
        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
    }

    @Test
    void rejectsFileThatIsAllBoilerplate() throws IOException {
        assertThat(reasonFor(write("chrome.txt", "Shop | Donate\nLeave a comment\n")))
                .isEqualTo("no article text left after removing boilerplate");
    }

    @Test
    void expandsFoldersRecursivelyInSortedOrderKeepingKnownTypes() throws IOException {
        Path b = write("b/two.txt", REPORT);
        Path a = write("a/one.html", "<p>x</p>");
        Path nested = write("a/deeper/three.jsonl", "{}\n");
        write("a/skip.pdf", "x");
        Path missing = dir.resolve("missing");
        assertThat(reader.expand(List.of(dir, missing))).containsExactly(nested, a, b, missing);
    }

    @Test
    void estimatesOneItemPerFileAndPerJsonlLine() throws IOException {
        Path text = write("one.txt", REPORT);
        Path jsonl = write("many.jsonl", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}");
        assertThat(reader.estimateCount(List.of(text, jsonl))).isEqualTo(4);
    }
}
