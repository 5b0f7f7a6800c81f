package org.orbat.spark;

import java.util.Optional;

/**
 * What {@link SparkIngestJob} reads and writes.
 *
 * @param input any Hadoop-compatible path (or glob) of JSONL corpora: {@code hdfs:///corpus/*.jsonl}, {@code s3a://..}, a local file
 * @param output the folder for the Parquet tables and {@code kb.json}; replaced if it exists
 * @param jdbc a {@code jdbc:postgresql:} URL to store every document in as well, or empty
 * @param partitions how many partitions the articles are spread over; 0 for twice the default parallelism
 */
record JobOptions(String input, String output, Optional<String> jdbc, int partitions) {
    static final String USAGE = "usage: SparkIngestJob --input PATH --output DIR [--jdbc jdbc:postgresql:...] [--partitions N]";

    JobOptions {
        requirePresent(input, "--input");
        requirePresent(output, "--output");
        jdbc = jdbc == null ? Optional.empty() : jdbc;
        if (jdbc.isPresent() && !jdbc.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--jdbc must be a jdbc:postgresql: URL, got " + jdbc.get());
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions cannot be negative, got " + partitions);
        }
    }

    /** Parses the command line; throws {@link IllegalArgumentException} naming the bad argument. */
    static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        String jdbc = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--jdbc" -> jdbc = value;
                case "--partitions" -> partitions = partitions(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new JobOptions(input, output, Optional.ofNullable(jdbc), partitions);
    }

    private static int partitions(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a whole number, got " + value, e);
        }
    }

    private static void requirePresent(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
    }
}
