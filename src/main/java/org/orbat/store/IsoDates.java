package org.orbat.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.orbat.model.DateValue;

/**
 * Parses the ISO dates ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}) of a packed value where
 * they lie, each distinct date once: tens of thousands of relation rows share a few thousand dates,
 * and cutting a string and matching a pattern per field cost more than reading the digits.
 * Anything not in exactly that shape goes to {@link DateValue#parse}, so the answers are the same. Not thread-safe;
 * one per column of a read.
 */
final class IsoDates {
    private final Map<Integer, DateValue> seen = new HashMap<>();
    // Rows read in date order mostly repeat the date of the row before: checked first.
    private String lastText;
    private int lastFrom;
    private int lastTo;
    private DateValue last;

    /** The date in {@code text[from, to)}; {@code null} when the range is empty or holds no real date. */
    DateValue parse(String text, int from, int to) {
        if (from == to) {
            return null;
        }
        int length = to - from;
        if (text == lastText && length == lastTo - lastFrom && text.regionMatches(from, text, lastFrom, length)) {
            return last;
        }
        DateValue date = lookUp(text, from, to);
        lastText = text;
        lastFrom = from;
        lastTo = to;
        last = date;
        return date;
    }

    private DateValue lookUp(String text, int from, int to) {
        int length = to - from;
        boolean plain = length == 4 || length == 7 && text.charAt(from + 4) == '-'
            || length == 10 && text.charAt(from + 4) == '-' && text.charAt(from + 7) == '-';
        int year = plain ? digits(text, from, 4) : -1;
        int month = length >= 7 ? digits(text, from + 5, 2) : 1;
        int day = length == 10 ? digits(text, from + 8, 2) : 1;
        if (year < 0 || month < 0 || day < 0) {
            return DateValue.parse(text.substring(from, to)).orElse(null);
        }
        // Distinct for distinct texts of this shape: the digits, then the length.
        int key = ((year * 100 + month) * 100 + day) * 3 + length / 3 - 1;
        DateValue date = seen.get(key);
        if (date == null) {
            date = of(length, year, month, day);
            if (date != null) {
                seen.put(key, date);
            }
        }
        return date;
    }

    /** What {@link DateValue#parse} makes of the digits of a text of this length, without its pattern. */
    private static DateValue of(int length, int year, int month, int day) {
        try {
            return length == 4 ? DateValue.year(year)
                : length == 7 ? DateValue.month(year, month) : DateValue.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
