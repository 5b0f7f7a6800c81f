package org.orbat.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Connections that only read one SQLite file, so that reads run side by side and never wait behind a write: SQLite's
 * write-ahead log lets each connection read the last committed state while another writes. Each read borrows one
 * connection for one transaction. A separate watch connection answers {@code PRAGMA data_version}, which moves
 * whenever any other connection, of this process or another, commits; one connection, so its values compare (each
 * connection counts on its own). Thread-safe.
 */
final class SqliteReaders implements AutoCloseable {
    /** Enough for the two to four cores a desk's server has, each with a read waiting on the disk. */
    static final int DEFAULT_SIZE = 4;

    private final List<Connection> all = new ArrayList<>();
    private final BlockingQueue<Connection> idle;
    private final Connection watch;

    SqliteReaders(String url, int size) throws SQLException {
        if (size < 1) {
            throw new IllegalArgumentException("Need at least one reader, got " + size);
        }
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Connection c = open(url);
                all.add(c);
                idle.add(c);
            }
            watch = open(url);
            all.add(watch);
        } catch (SQLException e) {
            closeAll(e);
            throw e;
        }
    }

    private static Connection open(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=30000");
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Runs {@code read} in a transaction of its own on an idle reader, waiting for one when all are busy. */
    <T> T read(SqlRead<T> read) throws SQLException {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a reader", e);
        }
        try {
            T result = read.read(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            idle.add(c);
        }
    }

    /**
     * The watch connection's {@code PRAGMA data_version}: differs from every earlier value once anyone has committed.
     * The result is closed before the commit: a commit while a statement is still open leaves the read transaction
     * open, and the connection would go on answering from the moment it began.
     */
    synchronized String dataVersion() throws SQLException {
        String version;
        try (Statement s = watch.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            version = rs.getString(1);
        }
        watch.commit();
        return version;
    }

    @Override
    public void close() throws SQLException {
        closeAll(null);
    }

    private void closeAll(SQLException failure) throws SQLException {
        SQLException first = failure;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null && failure == null) {
            throw first;
        }
    }
}
