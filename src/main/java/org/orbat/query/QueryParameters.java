package org.orbat.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.orbat.model.DateValue;
import org.orbat.model.EventType;

/**
 * Parses the text parameters the CLI and HTTP API receive into query values, throwing
 * {@link InvalidParameterException} naming the parameter and value. Blank means absent.
 */
public final class QueryParameters {
    /** The largest page any query returns. */
    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_DEPTH = 5;

    private QueryParameters() {
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when blank. */
    public static Optional<DateValue> date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(DateValue.parse(text).orElseThrow(() ->
            new InvalidParameterException(parameter, text, "not a date; use YYYY, YYYY-MM or YYYY-MM-DD")));
    }

    public static Optional<EventType> eventType(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventType.fromCode(text.trim()));
        } catch (IllegalArgumentException e) {
            List<String> codes = Arrays.stream(EventType.values()).map(EventType::code).toList();
            throw new InvalidParameterException("type", text, "not an event type"
                + Suggestions.phrase(Suggestions.closest(text, codes)) + " (one of: " + String.join(", ", codes) + ")");
        }
    }

    /** Parses a whole number, or returns the default when blank. */
    public static int integer(String parameter, String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, text, "not a whole number");
        }
    }

    public static void requirePage(int page) {
        if (page < 0) {
            throw new InvalidParameterException("page", Integer.toString(page), "cannot be negative");
        }
    }

    public static void requireSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", Integer.toString(size), "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static void requireDepth(int depth) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new InvalidParameterException("depth", Integer.toString(depth), "must be between 0 and " + MAX_DEPTH);
        }
    }
}
