package org.orbat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases store tests run against: a SQLite file, and a fresh PostgreSQL database when the
 * suite was given a server ({@code ORBAT_TEST_PG}, set by {@code scripts/test.sh}).
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /** One SQLite location in {@code dir}, plus a new, empty PostgreSQL database when a server is configured. */
    public static List<String> all(Path dir) {
        List<String> out = new ArrayList<>();
        out.add(dir.resolve("kb-" + COUNTER.incrementAndGet() + ".db").toString());
        postgres().ifPresent(out::add);
        return out;
    }

    /** A new, empty PostgreSQL database on the test server, if one is configured. */
    public static java.util.Optional<String> postgres() {
        String admin = System.getenv("ORBAT_TEST_PG");
        if (admin == null || admin.isBlank()) {
            return java.util.Optional.empty();
        }
        String name = "orbat_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin, e);
        }
        return java.util.Optional.of(admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
    }
}
