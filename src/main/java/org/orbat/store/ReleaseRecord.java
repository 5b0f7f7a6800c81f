package org.orbat.store;

import java.time.Instant;

/**
 * A named, frozen copy of a knowledge base.
 *
 * @param name the release's name
 * @param madeAt when it was frozen
 * @param location where the copy lives: a SQLite file, or a PostgreSQL URL naming the copy's schema
 */
public record ReleaseRecord(String name, Instant madeAt, String location) {
}
