package org.orbat.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads the small curated tables of this package (tab-separated; comments start with {@code #}). */
final class ResourceTables {
    private ResourceTables() {
    }

    /** Column one to column two. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> out = new HashMap<>();
        read(resource, (kind, value) -> out.put(kind, value));
        return Map.copyOf(out);
    }

    /** The values of column two whose column one is {@code kind}. */
    static Set<String> words(String resource, String kind) {
        Set<String> out = new HashSet<>();
        read(resource, (k, value) -> {
            if (k.equals(kind)) {
                out.add(value);
            }
        });
        return Set.copyOf(out);
    }

    private interface Row {
        void accept(String first, String second);
    }

    private static void read(String resource, Row row) {
        rows(resource, 2, cols -> row.accept(cols[0].trim(), cols[1].trim()));
    }

    /**
     * Every data line of a tab-separated table with exactly {@code columns} columns; blank lines and
     * {@code #} comments are skipped, a line of another width is a {@link MalformedGazetteerException}.
     */
    static void rows(String resource, int columns, java.util.function.Consumer<String[]> row) {
        InputStream in = ResourceTables.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedGazetteerException(resource, 0, "resource not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new MalformedGazetteerException(resource, number,
                            "expected " + columns + " tab-separated columns, found " + cols.length);
                }
                row.accept(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
