package org.orbat.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * Databases on the suite's PostgreSQL server ({@code ORBAT_TEST_PG}, set by {@code scripts/test.sh}),
 * and a record of every document row written into one: a trigger, installed by the test, that logs
 * each insert into {@code documents} in the inserting transaction, so a write that was rolled back
 * (a task killed mid-document) leaves no trace and a document written twice shows twice.
 */
final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestPostgres() {
    }

    /** A new database with Orbat's schema and the write log, when the suite has a server. */
    static Optional<String> freshWithWriteLog() throws SQLException {
        String admin = System.getenv("ORBAT_TEST_PG");
        if (admin == null || admin.isBlank()) {
            return Optional.empty();
        }
        String name = "orbat_spark_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        JdbcKnowledgeBase.open(url).close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE test_document_writes (source_key TEXT NOT NULL)");
            s.execute("CREATE FUNCTION test_log_document_write() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN INSERT INTO test_document_writes VALUES (NEW.source_key); RETURN NEW; END $$");
            s.execute("CREATE TRIGGER test_log_document_write AFTER INSERT ON documents FOR EACH ROW "
                + "EXECUTE FUNCTION test_log_document_write()");
        }
        return Optional.of(url);
    }

    /** How many times each source's document row was written (committed), by source key. */
    static Map<String, Integer> documentWrites(String url) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_key, count(*) FROM test_document_writes GROUP BY source_key")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** How many document rows the database holds. */
    static int documents(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
