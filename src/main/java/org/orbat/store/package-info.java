/**
 * The knowledge base: the {@link org.orbat.store.KnowledgeBase} interface and its JDBC implementation
 * for SQLite and PostgreSQL, with versioned migrations in {@code resources/db/migration}.
 */
package org.orbat.store;
