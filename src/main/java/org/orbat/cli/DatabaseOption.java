package org.orbat.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the knowledge base shares. */
final class DatabaseOption {
    @Option(names = "--db", defaultValue = "orbat.db", paramLabel = "DB",
        description = "SQLite file, or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
    String db;
}
