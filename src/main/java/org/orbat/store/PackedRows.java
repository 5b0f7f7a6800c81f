package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads many small rows as one string. A JDBC driver pays per row and per column it hands over (the
 * SQLite driver crosses JNI for each, about half a microsecond), which dominates reading tens of
 * thousands of rows; joining them in the database with {@code concat_ws} and {@code string_agg}
 * (PostgreSQL, and SQLite since 3.44) turns 30,000 rows of seven columns into one value, several
 * times faster to read.
 *
 * <p>Fields are separated by the ASCII unit separator (U+001F) and rows by the record separator
 * (U+001E), control characters that ids, codes, dates and names do not hold. Should a value hold
 * one anyway, a row comes out with the wrong number of fields and {@link #query} answers empty (and
 * {@link #scan} false), so the caller falls back to reading row by row. {@code NULL} columns must be
 * wrapped in {@code COALESCE(column, '')} ({@code concat_ws} skips them); empty fields come back as
 * {@code null}. Stateless.
 *
 * <p>Kept because it was measured against the plain read (2026-12-02, docs/performance.md, "Is the fast
 * read still needed?"): the whole network at a date on the 1M-event benchmark knowledge base, read row by
 * row into records and named by a plain actor read, took 350-790 ms where this read takes 28-68 ms.
 */
final class PackedRows {
    private static final char FIELD = '\u001f';
    private static final char ROW = '\u001e';

    private PackedRows() {
    }

    /** Receives the rows of a packed value one at a time. */
    @FunctionalInterface
    interface RowVisitor {
        /** {@code row} is reused for the next row: read what is needed before returning. */
        void row(Fields row);
    }

    /**
     * One row of a packed value, as the bounds of its fields within the whole value, so a caller can
     * parse a field where it lies instead of cutting a string for it first.
     */
    static final class Fields {
        private final String packed;
        private final int[] start;
        private final int[] end;

        private Fields(String packed, int width) {
            this.packed = packed;
            this.start = new int[width];
            this.end = new int[width];
        }

        /** The whole packed value the bounds refer to. */
        String packed() {
            return packed;
        }

        int start(int field) {
            return start[field];
        }

        int end(int field) {
            return end[field];
        }

        /** The field's text, {@code null} when empty. */
        String text(int field) {
            return start[field] == end[field] ? null : packed.substring(start[field], end[field]);
        }
    }

    /**
     * Runs {@code SELECT string_agg(concat_ws(FIELD, columns...), ROW) from} and returns each row's
     * fields, or empty when some value held a separator.
     */
    static Optional<List<String[]>> query(Connection c, String from, List<String> columns, Object... params)
            throws SQLException {
        return unpack(select(c, from, columns, params), columns.size());
    }

    /**
     * Like {@link #query}, but hands the rows to {@code visitor} as they are found; answers false when
     * some value held a separator, after visiting the rows before it, which the caller must then discard.
     */
    static boolean scan(Connection c, String from, List<String> columns, RowVisitor visitor, Object... params)
            throws SQLException {
        return scan(select(c, from, columns, params), columns.size(), visitor);
    }

    static Optional<List<String[]>> unpack(String packed, int width) {
        List<String[]> rows = new ArrayList<>();
        boolean whole = scan(packed, width, row -> {
            String[] fields = new String[width];
            for (int f = 0; f < width; f++) {
                fields[f] = row.text(f);
            }
            rows.add(fields);
        });
        return whole ? Optional.of(rows) : Optional.empty();
    }

    static boolean scan(String packed, int width, RowVisitor visitor) {
        if (packed == null) {
            return true;
        }
        Fields row = new Fields(packed, width);
        int field = 0;
        int at = 0;
        // One pass, one comparison per character: rows are short, so looking for each separator with
        // indexOf cost more in calls than it saved in scanning.
        for (int i = 0, length = packed.length(); i < length; i++) {
            char c = packed.charAt(i);
            if (c > FIELD) {
                continue;
            }
            if (c == FIELD) {
                if (field == width - 1) {
                    return false;
                }
                row.start[field] = at;
                row.end[field++] = i;
                at = i + 1;
            } else if (c == ROW) {
                if (!endRow(row, field, at, i, visitor)) {
                    return false;
                }
                field = 0;
                at = i + 1;
            }
        }
        return endRow(row, field, at, packed.length(), visitor);
    }

    /** Visits the row whose last field is {@code [at, end)}, unless it has too few fields. */
    private static boolean endRow(Fields row, int field, int at, int end, RowVisitor visitor) {
        if (field != row.start.length - 1) {
            return false;
        }
        row.start[field] = at;
        row.end[field] = end;
        visitor.row(row);
        return true;
    }

    private static String select(Connection c, String from, List<String> columns, Object... params) throws SQLException {
        String sql = "SELECT string_agg(concat_ws('" + FIELD + "', " + String.join(", ", columns) + "), '" + ROW + "') "
            + from;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
