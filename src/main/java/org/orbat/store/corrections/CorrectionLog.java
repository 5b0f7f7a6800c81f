package org.orbat.store.corrections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and appends the corrections log and the status of its entries, inside the caller's transaction. */
public final class CorrectionLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final Connection connection;

    public CorrectionLog(Connection connection) {
        this.connection = connection;
    }

    /** Writes a correction at the end of the log and returns it with its sequence number. */
    public Correction append(Correction draft, Instant at) throws SQLException {
        long id;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM corrections")) {
            rs.next();
            id = rs.getLong(1);
        }
        Correction c = draft.written(id, at);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO corrections (id, made_at, editor, reason, action, target, vals) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, c.id());
            ps.setString(2, c.madeAt().toString());
            ps.setString(3, c.editor());
            ps.setString(4, c.reason());
            ps.setString(5, c.action().code());
            ps.setString(6, c.target());
            ps.setString(7, json(c.values()));
            ps.executeUpdate();
        }
        return c;
    }

    /** Whether the log holds anything, checked before each document's write so an uncorrected knowledge base pays nothing more. */
    public boolean isEmpty() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM corrections LIMIT 1")) {
            return !rs.next();
        }
    }

    /** The whole log, oldest first: the order corrections are applied in. */
    public List<Correction> all() throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, made_at, editor, reason, action, target, vals FROM corrections ORDER BY id")) {
            while (rs.next()) {
                out.add(new Correction(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                    CorrectionAction.fromCode(rs.getString(5)), rs.getString(6), values(rs.getString(7))));
            }
        }
        return out;
    }

    /** The status each correction had after its last application, by correction id. */
    public Map<Long, CorrectionStatus> statuses() throws SQLException {
        Map<Long, CorrectionStatus> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT correction_id, stale, target, basis, detail FROM correction_status ORDER BY correction_id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), new CorrectionStatus(rs.getLong(1), rs.getInt(2) != 0, rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    /** Replaces the recorded statuses. */
    void saveStatuses(List<CorrectionStatus> statuses) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM correction_status");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO correction_status (correction_id, stale, target, basis, detail) VALUES (?,?,?,?,?)")) {
            for (CorrectionStatus st : statuses) {
                ps.setLong(1, st.correctionId());
                ps.setInt(2, st.stale() ? 1 : 0);
                ps.setString(3, st.target());
                ps.setString(4, st.basis());
                ps.setString(5, st.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write correction values", e);
        }
    }

    private static Map<String, String> values(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable correction values: " + json, e);
        }
    }
}
