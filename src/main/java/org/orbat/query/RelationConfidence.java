package org.orbat.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.orbat.model.RelationType;

/**
 * How likely a relation is right: its type's share right among the relations Orbat read from half of the
 * hand-annotated FA-KES dev articles, shrunk toward the share over all types ({@code review/relation-confidence.tsv},
 * fitted by {@code scripts/fit-relation-confidence.py} and checked on the other half). Too few relations are wrong
 * there (4 of 109) to learn more than a share per type, so every relation of a type gets the same confidence.
 */
public final class RelationConfidence {
    static final String RESOURCE = "/review/relation-confidence.tsv";

    private final Map<String, Double> byType;
    private final double fallback;

    RelationConfidence(Map<String, Double> byType) {
        Double d = byType.get("default");
        if (d == null) {
            throw new IllegalArgumentException("Relation confidence lacks its default");
        }
        this.byType = Map.copyOf(byType);
        this.fallback = d;
    }

    /** The shipped table. */
    public static RelationConfidence load() {
        try (InputStream in = RelationConfidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Map<String, Double> out = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    out.put(cols[0], Double.parseDouble(cols[1]));
                }
            }
            return new RelationConfidence(out);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** The confidence of a relation of this type; a type the annotated articles never showed gets the overall share. */
    public double of(RelationType type) {
        return byType.getOrDefault(type.code(), fallback);
    }
}
