package org.orbat.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;
import org.orbat.model.DateValue;

/**
 * Parses one JSONL line into an {@link Article}. Known fields: {@code text} or {@code html} (one is
 * required; text wins when both are given), and optional {@code id} (string or integer),
 * {@code title}, {@code url}, {@code outlet}, {@code published} (ISO date, date-time, year-month or
 * year; recorded with {@code how} = {@code metadata}), {@code language} or {@code lang} (as {@link LanguageNames}
 * reads it); other fields are ignored. Each failure names
 * the field and what was wrong with it. Immutable; threads may share it.
 */
final class JsonlLineParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE_OR_TIME = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}([T ].*)?)?)?");

    private final ArticleAssembler assembler;
    private final PageReader pages;

    JsonlLineParser(ArticleAssembler assembler) {
        this.assembler = assembler;
        this.pages = new PageReader(assembler);
    }

    /**
     * @param firstLineOfId ids seen on earlier lines, updated with this line's id
     * @return the article, or empty for a blank line
     * @throws UnreadableArticleException naming {@code source} when the line is not a usable report
     */
    Optional<Article> parse(byte[] bytes, String path, String source, int lineNumber,
                            Map<String, FirstSighting> firstLineOfId) {
        String line = decode(bytes, source);
        if (line.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticleException(source, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableArticleException(source, "not a JSON object");
        }
        Optional<String> id = id(node, source);
        Optional<String> text = string(node, "text", source).filter(t -> !t.isBlank());
        Optional<String> html = string(node, "html", source).filter(t -> !t.isBlank());
        Optional<String> title = string(node, "title", source).filter(t -> !t.isBlank()).map(String::strip);
        Optional<String> url = string(node, "url", source).filter(t -> !t.isBlank()).map(String::strip);
        Optional<String> outlet = string(node, "outlet", source).filter(t -> !t.isBlank()).map(String::strip);
        Optional<DetectedDate> published = string(node, "published", source).filter(t -> !t.isBlank())
                .map(value -> new DetectedDate(isoDate(value, source), "metadata"));
        Optional<Language> language = string(node, "language", source).or(() -> string(node, "lang", source))
                .filter(t -> !t.isBlank()).map(value -> LanguageNames.parse(value, source));
        if (text.isEmpty() && html.isEmpty()) {
            throw new UnreadableArticleException(source, "missing both text and html");
        }
        if (id.isPresent()) {
            // A corpus may repeat an article verbatim (FA-KES lists some twice with different labels):
            // the repeat is the same document and is stored once. Only a different text under one id is an error.
            int content = java.util.Objects.hash(text.orElse(null), html.orElse(null), title.orElse(null));
            FirstSighting first = firstLineOfId.putIfAbsent(id.get(), new FirstSighting(lineNumber, content));
            if (first != null && first.content() != content) {
                throw new UnreadableArticleException(source, "duplicate id " + id.get() + " with different text (first on line "
                    + first.line() + ")");
            }
        }
        DocumentMetadata metadata = new DocumentMetadata(id, title, outlet, url, published, language);
        return Optional.of(text.isPresent() ? assembler.assemble(path, source, text.get(), metadata)
                : pages.read(path, source, html.get(), metadata));
    }

    private static String decode(byte[] bytes, String source) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException(source, "invalid UTF-8 at byte " + in.position() + " of the line");
        }
    }

    private static DateValue isoDate(String value, String source) {
        return Optional.of(value.strip()).filter(v -> ISO_DATE_OR_TIME.matcher(v).matches())
                .flatMap(HtmlMetadata::iso)
                .orElseThrow(() -> new UnreadableArticleException(source, "field published is not an ISO date: " + value));
    }

    private static Optional<String> id(JsonNode node, String source) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        if (id.isTextual() && !id.asText().isBlank()) {
            return Optional.of(id.asText().strip());
        }
        if (id.isIntegralNumber()) {
            return Optional.of(id.asText());
        }
        throw new UnreadableArticleException(source, "field id must be a string or an integer, not "
                + typeName(id));
    }

    private static Optional<String> string(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new UnreadableArticleException(source, "field " + field + " must be a string, not " + typeName(value));
        }
        return Optional.of(value.asText());
    }

    private static String typeName(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Where an id was first seen, and a hash of what it held, to tell a repeated article from a clash of ids. */
    record FirstSighting(int line, int content) {
    }
}
