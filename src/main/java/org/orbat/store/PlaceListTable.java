package org.orbat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orbat.extract.places.GazetteerPlace;

/**
 * The {@code gazetteer_places} table: analysts' own place lists, stored whole per list. Statements only; the
 * caller ({@link JdbcKnowledgeBase}) owns the transaction.
 */
final class PlaceListTable {
    /** Alternates are stored joined by this character, which the gazetteer's own files use too. */
    private static final String ALTERNATE_SEPARATOR = "|";
    private static final int BATCH = 5_000;

    private final Connection connection;

    PlaceListTable(Connection connection) {
        this.connection = connection;
    }

    /** Deletes the list's earlier places and inserts {@code places}, numbered in order; returns how many it deleted. */
    int replace(String list, List<GazetteerPlace> places) throws SQLException {
        int deleted;
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM gazetteer_places WHERE list_name = ?")) {
            ps.setString(1, list);
            deleted = ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO gazetteer_places (list_name, ordinal, name,"
            + " alternates, lat, lon, admin1, admin2, country, feature, weight, population, source)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (GazetteerPlace p : places) {
                ps.setString(1, list);
                ps.setInt(2, ++ordinal);
                ps.setString(3, p.name());
                ps.setString(4, String.join(ALTERNATE_SEPARATOR, p.alternates()));
                ps.setDouble(5, p.lat());
                ps.setDouble(6, p.lon());
                ps.setString(7, p.admin1());
                ps.setString(8, p.admin2());
                ps.setString(9, p.country());
                ps.setString(10, p.featureClass());
                ps.setInt(11, p.weight());
                ps.setLong(12, p.population());
                ps.setString(13, p.source());
                ps.addBatch();
                if (ordinal % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return deleted;
    }

    /** Every imported place, list by list in name order, each list in its file's order. */
    List<GazetteerPlace> readAll() throws SQLException {
        List<GazetteerPlace> places = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, alternates, lat, lon, admin1, admin2, country,"
            + " feature, weight, population, source FROM gazetteer_places ORDER BY list_name, ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String alternates = rs.getString(2);
                places.add(new GazetteerPlace(rs.getString(1),
                    alternates.isEmpty() ? List.of() : Arrays.asList(alternates.split("\\|")), rs.getDouble(3),
                    rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                    rs.getLong(10), rs.getString(11)));
            }
        }
        return places;
    }
}
