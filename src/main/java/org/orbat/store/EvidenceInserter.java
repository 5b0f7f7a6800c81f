package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.orbat.model.Evidence;

/** Batches evidence rows for relations and events alike. */
final class EvidenceInserter implements AutoCloseable {
    private final PreparedStatement ps;

    EvidenceInserter(Connection connection) throws SQLException {
        ps = connection.prepareStatement("INSERT INTO evidence (fact_id, ord, document_id, sentence_idx, text,"
            + " reported_by, fatalities, stance) VALUES (?,?,?,?,?,?,?,?)");
    }

    void add(String factId, int ord, Evidence e) throws SQLException {
        ps.setString(1, factId);
        ps.setInt(2, ord);
        ps.setString(3, e.documentId());
        ps.setInt(4, e.sentenceIndex());
        ps.setString(5, e.text());
        ps.setString(6, e.reportedBy());
        if (e.fatalities() == null) {
            ps.setNull(7, Types.INTEGER);
        } else {
            ps.setInt(7, e.fatalities());
        }
        ps.setString(8, e.stance().code());
        ps.addBatch();
    }

    void flush() throws SQLException {
        ps.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        ps.close();
    }
}
