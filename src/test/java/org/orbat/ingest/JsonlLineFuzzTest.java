package org.orbat.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;

/**
 * Coverage-guided fuzzing of one JSONL line, as raw bytes (so invalid UTF-8 is tried too), through
 * {@link JsonlLineParser}: a line is an article, blank, or an {@link UnreadableArticleException}; any
 * other exception fails the test. Seeds in {@code JsonlLineFuzzTestInputs}; fuzz with
 * {@code JAZZER_FUZZ=1} (docs/reliability.md).
 */
class JsonlLineFuzzTest {
    private static final JsonlLineParser PARSER = new JsonlLineParser(new ArticleAssembler(IngestOptions.defaults()));

    @FuzzTest(maxDuration = "60s")
    void lineParsesOrIsUnreadable(byte[] line) {
        try {
            PARSER.parse(line, "fuzz.jsonl#1", "fuzz.jsonl:1", 1, new HashMap<>());
        } catch (UnreadableArticleException expected) {
            // the one failure a bad line may cause; the reader reports it and goes on
        }
    }
}
