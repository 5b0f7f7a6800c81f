package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.Event;

/**
 * The {@code merged_id} column of the events table: reads every report, asks an {@link EventGrouping}
 * which make one event, and rewrites only the rows whose merged event changed (after an ingest of a
 * few documents, a handful), within the caller's transaction.
 */
final class EventMergeTable {
    private static final int BATCH = 1_000;

    private final Connection connection;

    EventMergeTable(Connection connection) {
        this.connection = connection;
    }

    /** Whether a merging pass has run. */
    static boolean merged(Connection connection) throws SQLException {
        return !JdbcReadModel.query(connection, "SELECT done FROM event_merges", rs -> rs.getInt(1)).isEmpty();
    }

    /** Records {@code grouping}'s merged events; returns how many reports changed merged event. */
    int refresh(EventGrouping grouping) throws SQLException {
        List<Event> reports = new SnapshotReader(connection).reports();
        Map<String, String> wanted = grouping.mergedIds(reports);
        Map<String, String> stored = new HashMap<>();
        for (String[] row : JdbcReadModel.query(connection, "SELECT id, merged_id FROM events",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            stored.put(row[0], row[1]);
        }
        int changed = 0;
        try (PreparedStatement ps = connection.prepareStatement("UPDATE events SET merged_id = ? WHERE id = ?")) {
            for (Map.Entry<String, String> row : stored.entrySet()) {
                String merged = wanted.get(row.getKey());
                if (!Objects.equals(merged, row.getValue())) {
                    ps.setString(1, merged);
                    ps.setString(2, row.getKey());
                    ps.addBatch();
                    if (++changed % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        if (!merged(connection)) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO event_merges (done) VALUES (1)")) {
                ps.executeUpdate();
            }
        }
        return changed;
    }
}
