package org.orbat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outlet names {@link OutletDetector} recognises, loaded from {@code ingest/outlets.txt} on the
 * classpath (the file names its sources). Immutable; threads may share it.
 */
final class KnownOutlets {
    static final String RESOURCE = "/ingest/outlets.txt";

    /** One printed name of an outlet and the canonical name it stands for. */
    private record Name(String canonical, String printed, Pattern pattern) {
    }

    private final List<Name> names;

    private KnownOutlets(List<Name> names) {
        this.names = List.copyOf(names);
    }

    static KnownOutlets load() {
        try (InputStream in = KnownOutlets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static KnownOutlets parse(List<String> lines) {
        List<Name> names = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] printed = line.split("\\s*\\|\\s*");
            for (String name : printed) {
                names.add(new Name(printed[0], name, Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")));
            }
        }
        // Longest printed names first, so "The Long War Journal" wins over "Long War Journal".
        names.sort(Comparator.comparingInt((Name n) -> n.printed().length()).reversed());
        return new KnownOutlets(names);
    }

    /** The canonical name of the first known outlet printed in {@code text} (longest name first). */
    Optional<String> find(String text) {
        for (Name name : names) {
            if (name.pattern().matcher(text).find()) {
                return Optional.of(name.canonical());
            }
        }
        return Optional.empty();
    }

    /** The canonical name when {@code text} is, in full, a printed name of a known outlet. */
    Optional<String> exactly(String text) {
        String trimmed = text.strip();
        return names.stream().filter(n -> n.printed().equalsIgnoreCase(trimmed)).map(Name::canonical).findFirst();
    }
}
