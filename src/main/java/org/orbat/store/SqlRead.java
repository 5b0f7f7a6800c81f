package org.orbat.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A read run on the knowledge base's connection while its lock is held. */
@FunctionalInterface
interface SqlRead<T> {
    T read(Connection connection) throws SQLException;
}
