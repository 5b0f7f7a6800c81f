package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;

/**
 * Feeds {@code orbat ingest}, as a separate JVM with the product's 3 GB heap, a corpus of inputs that
 * real scrapes produce by accident, and checks that each one is either ingested or rejected with one
 * line naming it, that the run ends on its own, and that the summary and exit code say so.
 */
class BadInputCorpusTest {
    private static final String STORY = "Islamic State fighters clashed with rebels near Marea in Aleppo province on Monday,"
        + " activists said.\n";
    private static final Pattern SUMMARY = Pattern.compile("Ingested (\\d+) article\\(s\\), (\\d+) unchanged, (\\d+) failed");

    @TempDir
    Path dir;

    /** Expected outcome of one input: ingested, or rejected with a reason containing {@code reason}. */
    record Expectation(String source, boolean ingested, String reason) {
        static Expectation ingested(String source) {
            return new Expectation(source, true, null);
        }

        static Expectation rejected(String source, String reason) {
            return new Expectation(source, false, reason);
        }
    }

    @Test
    void everyBadInputIsIngestedOrRejectedByNameWithoutCrashOrHang() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Expectation> expected = writeCorpus(in);
        String db = dir.resolve("kb.db").toString();

        OrbatProcess.Result run = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            OrbatProcess p = OrbatProcess.start(dir.resolve("logs"), "ingest", "--db", db, "--threads", "2", in.toString());
            return new OrbatProcess.Result(p.await(), p.out(), p.err());
        });

        assertThat(run.err()).doesNotContain("unexpected error", "OutOfMemoryError", "StackOverflowError", "Exception in thread");
        assertThat(run.code()).as(run.err()).isEqualTo(OrbatCommand.FAILED);
        List<String> failures = run.err().lines().filter(l -> l.startsWith("orbat: ")).toList();
        KnowledgeSnapshot kb;
        try (JdbcKnowledgeBase store = JdbcKnowledgeBase.open(db)) {
            kb = store.snapshot();
        }
        int ingested = 0;
        for (Expectation e : expected) {
            boolean stored = kb.documents().stream().anyMatch(d -> e.source().equals(storedName(d)));
            List<String> lines = failures.stream().filter(l -> l.startsWith("orbat: " + in.resolve(sourceFile(e.source())))
                && l.contains(e.source() + ":")).toList();
            if (e.ingested()) {
                assertThat(stored).as(e.source() + " ingested; failures: " + lines).isTrue();
                assertThat(lines).as(e.source()).isEmpty();
                ingested++;
            } else {
                assertThat(stored).as(e.source() + " not stored").isFalse();
                assertThat(lines).as(e.source() + " rejected once, naming it; stderr:\n" + failures).hasSize(1);
                assertThat(lines.get(0)).contains(e.reason());
            }
        }
        assertThat(failures).hasSize(expected.size() - ingested);
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).isEqualTo(ingested);
        assertThat(Integer.parseInt(summary.group(3))).isEqualTo(expected.size() - ingested);
        System.out.printf("bad-input corpus: %d inputs tried, %d ingested, %d rejected with a reason, 0 crashes%n",
            expected.size(), ingested, expected.size() - ingested);
    }

    /** The name an input is known by: a file name, or {@code file.jsonl:LINE} for a JSONL line. */
    private static String storedName(org.orbat.store.DocumentRecord d) {
        String file = Path.of(d.path()).getFileName().toString().replaceFirst("#\\d+$", ""); // JSONL: file#line
        return d.sourceId() == null ? file : file + "#" + d.sourceId();
    }

    private static String sourceFile(String source) {
        int cut = source.indexOf(':') >= 0 ? source.indexOf(':') : source.indexOf('#');
        return cut < 0 ? source : source.substring(0, cut);
    }

    private static List<Expectation> writeCorpus(Path in) throws IOException {
        List<Expectation> out = new ArrayList<>();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        out.add(Expectation.rejected("empty.txt", "empty file"));
        Files.writeString(in.resolve("whitespace.txt"), " \n\t\r\n   \u00a0\n");
        out.add(Expectation.rejected("whitespace.txt", "empty file"));
        byte[] binary = new byte[4096];
        new Random(13).nextBytes(binary);
        Files.write(in.resolve("binary.txt"), binary);
        out.add(Expectation.rejected("binary.txt", "binary file"));
        byte[] invalid = (STORY + "Caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in.resolve("invalid-utf8.txt"), invalid);
        out.add(Expectation.rejected("invalid-utf8.txt", "invalid UTF-8"));
        byte[] utf16 = STORY.getBytes(StandardCharsets.UTF_16); // big-endian with a byte-order mark
        Files.write(in.resolve("utf16-bom.txt"), utf16);
        out.add(Expectation.ingested("utf16-bom.txt"));
        writeLarge(in.resolve("huge-50mb.txt"), 50L * 1024 * 1024);
        out.add(Expectation.rejected("huge-50mb.txt", "file too large"));
        writeLongLine(in.resolve("long-line.txt"), 1024 * 1024);
        out.add(Expectation.rejected("long-line.txt", "too long to annotate"));
        writeLongLine(in.resolve("run-on.txt"), 30 * 1024); // ~6,000 tokens, no sentence end: tagged in capped pieces
        out.add(Expectation.ingested("run-on.txt"));
        writeNested(in.resolve("nested.html"), 10_000);
        out.add(Expectation.ingested("nested.html"));
        Files.writeString(in.resolve("scripts.html"), "<html><head><title>Clashes near Marea</title>"
            + "<script>while(true){document.write('<p>x</p>')}</script><style>p{}</style></head><body>"
            + "<script>var s = \"</p><p>Fake story\";</script><p>" + STORY + "</p><noscript>Enable JS</noscript></body></html>");
        out.add(Expectation.ingested("scripts.html"));
        Files.writeString(in.resolve("arabic.txt"), "اشتبك مقاتلو تنظيم الدولة الإسلامية مع فصائل المعارضة قرب مارع في ريف حلب يوم الاثنين.\n");
        out.add(Expectation.ingested("arabic.txt"));
        Files.writeString(in.resolve("mixed.txt"), "Clashes near Marea\n\nJabhat al-Nusra (جبهة النصرة) fighters attacked"
            + " positions of Jaysh al-Islam (جيش الإسلام) near Douma on Saturday, the Syrian Observatory said.\n");
        out.add(Expectation.ingested("mixed.txt"));
        Files.writeString(in.resolve("bad-date.txt"), "Shelling in Douma\n\nDOUMA, 31/02/2015 - Government forces shelled"
            + " Douma on 31/02/2015, killing four civilians, activists said.\n");
        out.add(Expectation.ingested("bad-date.txt"));
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("{\"id\": \"ok-1\", \"text\": \"Syrian army shells Douma, killing five civilians.\"}", null);
        lines.put("{\"id\": \"no-text\", \"title\": \"Nothing here\"}", "missing both text and html");
        lines.put("{\"id\": \"num-text\", \"text\": 42}", "field text must be a string");
        lines.put("{\"id\": {\"nested\": 1}, \"text\": \"Rebels advance.\"}", "field id must be a string or an integer");
        lines.put("{\"id\": \"bad-date\", \"text\": \"Rebels advance on Idlib.\", \"published\": \"31/02/2015\"}",
            "field published is not an ISO date");
        lines.put("{\"id\": \"feb-31\", \"text\": \"Rebels advance on Hama.\", \"published\": \"2015-02-31\"}",
            "field published is not an ISO date");
        lines.put("{\"id\": \"dup\", \"text\": \"Jaysh al-Islam shelled Damascus on Sunday.\"}", null);
        lines.put("{\"id\": \"dup\", \"text\": \"A different story under the same id.\"}", "duplicate id dup");
        lines.put("[1, 2, 3]", "not a JSON object");
        lines.put("{\"id\": \"trunc\", \"text\": \"Rebels adv", "malformed JSON");
        Files.writeString(in.resolve("lines.jsonl"), String.join("\n", lines.keySet()) + "\n");
        int n = 0;
        for (Map.Entry<String, String> line : lines.entrySet()) {
            n++;
            if (line.getValue() == null) {
                String id = line.getKey().replaceAll(".*\"id\": \"([^\"]+)\".*", "$1");
                out.add(Expectation.ingested("lines.jsonl#" + id));
            } else {
                out.add(Expectation.rejected("lines.jsonl:" + n, line.getValue()));
            }
        }
        return out;
    }

    private static void writeLarge(Path file, long bytes) throws IOException {
        byte[] chunk = STORY.repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                o.write(chunk);
            }
        }
    }

    /** One line of words with no full stop, question or exclamation mark, and no blank line. */
    private static void writeLongLine(Path file, int chars) throws IOException {
        String[] words = {"fighters", "of", "Jaysh", "al-Islam", "and", "the", "Syrian", "army", "clashed", "near",
            "Douma", "on", "Monday", "with", "rebels", "in", "Aleppo", "killing", "12", "people"};
        Random random = new Random(13);
        try (Writer w = Files.newBufferedWriter(file)) {
            int written = 0;
            while (written < chars) {
                String word = words[random.nextInt(words.length)];
                w.write(word);
                w.write(' ');
                written += word.length() + 1;
            }
            w.write('\n');
        }
    }

    private static void writeNested(Path file, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("<html><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write("<p>" + STORY + "</p>");
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
    }
}
