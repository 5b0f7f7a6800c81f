package org.orbat.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Picks a report's headline from its cleaned text: the first line, among the first few, that is short
 * and does not end with a period (a headline, not a sentence of the story). Formats that carry a title
 * (HTML, JSONL) give it as metadata, which the caller prefers. Stateless; threads may share it.
 */
public final class TitleDetector {
    private static final int SEARCHED_LINES = 5;
    private static final int MAX_WORDS = 25;
    private static final int MAX_CHARS = 250;

    /** The headline of {@code cleanedText}, or empty when its first lines are all prose. */
    public Optional<String> detect(String cleanedText) {
        List<String> lines = PublicationDateDetector.nonBlankLines(cleanedText);
        for (int i = 0; i < Math.min(SEARCHED_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (looksLikeHeadline(line)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_CHARS || BoilerplateCleaner.wordCount(line, MAX_WORDS + 1) > MAX_WORDS) {
            return false;
        }
        if (line.endsWith(".") || line.endsWith("۔") || line.endsWith(":")) {
            return false;
        }
        return line.codePoints().anyMatch(Character::isLetter);
    }
}
