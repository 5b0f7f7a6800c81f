package org.orbat.spark;

import java.util.Optional;

/**
 * What {@link SparkIngestJob} reads and writes.
 *
 * @param input any Hadoop-compatible path (or glob) of JSONL corpora: {@code hdfs:///corpus/*.jsonl}, {@code s3a://..}, a local file
 * @param output the folder for the Parquet tables and {@code kb.json}; replaced if it exists
 * @param jdbc a {@code jdbc:postgresql:} URL to store every document in as well, or empty
 * @param partitions how many partitions the articles are spread over; 0 for twice the default parallelism
 * @param previous the {@code --output} of an earlier run, whose rows stand for the articles unchanged since (same
 *     source, same content hash), which are then not processed again; or empty to process every article
 */
record JobOptions(String input, String output, Optional<String> jdbc, int partitions, Optional<String> previous) {
    static final String USAGE = "usage: SparkIngestJob --input PATH --output DIR [--jdbc jdbc:postgresql:...] [--partitions N]"
        + " [--previous EARLIER_OUTPUT_DIR]";

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
        previous = previous == null ? Optional.empty() : previous;
        if (previous.isPresent() && folder(previous.get()).equals(folder(output))) {
            // The run replaces --output's tables while it reads the earlier ones: they must be elsewhere.
            throw new IllegalArgumentException("--previous must be another folder than --output, got " + previous.get());
        }
    }

    /** Parses the command line; throws {@link IllegalArgumentException} naming the bad argument. */
    static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        String jdbc = null;
        int partitions = 0;
        String previous = null;
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
                case "--previous" -> previous = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new JobOptions(input, output, Optional.ofNullable(jdbc), partitions, Optional.ofNullable(previous));
    }

    private static int partitions(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a whole number, got " + value, e);
        }
    }

    private static String folder(String path) {
        return path.replaceAll("/+$", "");
    }

    private static void requirePresent(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
    }
}
