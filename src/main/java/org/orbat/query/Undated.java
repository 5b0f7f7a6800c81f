package org.orbat.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an event list does with events no report dates: they are shown as undated, never dropped
 * unless asked. A period cannot say whether they fall in it, so with a period they follow the dated events.
 */
public enum Undated {
    /** Listed with the dated events (after them when a period is asked): the default. */
    WITH,
    /** Left out. */
    WITHOUT,
    /** Only they are listed. */
    ONLY;

    /** The code as the CLI and API take it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code with}, {@code without} or {@code only}; blank means {@link #WITH}. */
    public static Undated parse(String text) {
        if (text == null || text.isBlank()) {
            return WITH;
        }
        for (Undated u : values()) {
            if (u.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        List<String> codes = Arrays.stream(values()).map(Undated::code).toList();
        throw new InvalidParameterException("undated", text, "expected one of: " + String.join(", ", codes));
    }
}
