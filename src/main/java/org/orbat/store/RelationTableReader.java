package org.orbat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

/**
 * Reads the relations begun by a date into a {@link RelationTable}: packed values ({@link PackedRows})
 * parsed where they lie, actor ids, dates and type codes without cutting a string for them, and only
 * the columns the network shows (not the stating document). Falls back to reading row by row when a
 * value holds a separator. Stateless.
 */
final class RelationTableReader {
    /*
     * Two disjoint reads, not one with "IS NULL OR <=": SQLite answers an OR over one index by
     * gathering row ids to drop duplicates, which cost about a third of the read; each of these is one
     * range of the covering start index (V2), in start order. Only the second takes the date.
     */
    private static final String UNDATED = " FROM relations WHERE start_date IS NULL";
    private static final String STARTED_BY = " FROM relations WHERE start_date <= ?";
    private static final List<String> PACKED_COLUMNS = List.of("id", "type", "source_actor", "target_actor",
        "COALESCE(start_date, '')", "COALESCE(end_date, '')");
    private static final String ROW_COLUMNS = "id, type, source_actor, target_actor, start_date, end_date";
    private static final RelationType[] TYPES = RelationType.values();
    private static final String[] CODES = new String[TYPES.length];

    static {
        for (int i = 0; i < TYPES.length; i++) {
            CODES[i] = TYPES[i].code();
        }
    }

    private RelationTableReader() {
    }

    /** Relation rows whose start is unknown or no later than {@code at}'s last day. */
    static RelationTable startedBy(Connection c, DateValue at, ActorNumbering actors) throws SQLException {
        String last = at.last().toString();
        // A row count is not known before reading; 16,384 covers a mid-sized network without regrowing.
        RelationTable.Builder table = new RelationTable.Builder(1 << 14, actors);
        IsoDates starts = new IsoDates();
        IsoDates ends = new IsoDates();
        PackedRows.RowVisitor add = row -> {
            String packed = row.packed();
            table.add(row.text(0), type(row, 1), table.actor(packed, row.start(2), row.end(2)),
                table.actor(packed, row.start(3), row.end(3)), starts.parse(packed, row.start(4), row.end(4)),
                ends.parse(packed, row.start(5), row.end(5)));
        };
        boolean whole = PackedRows.scan(c, UNDATED, PACKED_COLUMNS, add)
            && PackedRows.scan(c, STARTED_BY, PACKED_COLUMNS, add, last);
        if (whole) {
            return table.build();
        }
        RelationTable.Builder rows = new RelationTable.Builder(1 << 14, actors);
        JdbcReadModel.RowMapper<RelationTable.Builder> addRow = rs -> rows.add(rs.getString(1),
            RelationType.fromCode(rs.getString(2)), rs.getString(3), rs.getString(4),
            DateValue.parse(rs.getString(5)).orElse(null), DateValue.parse(rs.getString(6)).orElse(null));
        JdbcReadModel.query(c, "SELECT " + ROW_COLUMNS + UNDATED, addRow);
        JdbcReadModel.query(c, "SELECT " + ROW_COLUMNS + STARTED_BY, addRow, last);
        return rows.build();
    }

    /** The type whose code the field holds, compared in place; codes are few and mostly differ in length. */
    private static RelationType type(PackedRows.Fields row, int field) {
        int from = row.start(field);
        int length = row.end(field) - from;
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].length() == length && row.packed().regionMatches(from, CODES[i], 0, length)) {
                return TYPES[i];
            }
        }
        return RelationType.fromCode(row.text(field));
    }
}
