package org.orbat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line patterns and navigation words {@link BoilerplateCleaner} applies, loaded from
 * {@code ingest/boilerplate.txt} on the classpath (the file names the sources of its patterns).
 * Immutable; threads may share it.
 *
 * @param shortLinePatterns patterns that remove only short lines
 * @param anyLinePatterns patterns that remove a line of any length
 * @param navigationWords lower-case words that, dominating a short line, mark it as a menu
 */
record BoilerplateRules(List<Pattern> shortLinePatterns, List<Pattern> anyLinePatterns, Set<String> navigationWords) {
    static final String RESOURCE = "/ingest/boilerplate.txt";

    BoilerplateRules {
        shortLinePatterns = List.copyOf(shortLinePatterns);
        anyLinePatterns = List.copyOf(anyLinePatterns);
        navigationWords = Set.copyOf(navigationWords);
    }

    static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static BoilerplateRules parse(List<String> lines) {
        List<Pattern> shortLines = new ArrayList<>();
        List<Pattern> anyLines = new ArrayList<>();
        Set<String> words = new HashSet<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]") && !line.contains("\\")) {
                section = line;
                continue;
            }
            switch (section) {
                case "[short]" -> shortLines.add(compile(line));
                case "[any]" -> anyLines.add(compile(line));
                case "[navigation-words]" -> words.add(line.toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException(RESOURCE + ": line outside a section: " + line);
            }
        }
        return new BoilerplateRules(shortLines, anyLines, words);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
