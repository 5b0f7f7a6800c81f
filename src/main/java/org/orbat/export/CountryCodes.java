package org.orbat.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-2 to alpha-3 codes, read from {@code iso3166-alpha3.tsv} beside this class.
 * Countries outside the list map to {@code XXX}. Immutable once loaded; threads may share it.
 */
final class CountryCodes {
    static final String UNKNOWN = "XXX";
    private static final String RESOURCE = "iso3166-alpha3.tsv";
    private static final Map<String, String> ALPHA3 = load();

    private CountryCodes() {
    }

    /** The alpha-3 code for an alpha-2 code, or {@link #UNKNOWN} when it is null or not listed. */
    static String alpha3(String alpha2) {
        return alpha2 == null ? UNKNOWN : ALPHA3.getOrDefault(alpha2.trim().toUpperCase(Locale.ROOT), UNKNOWN);
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + CountryCodes.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
                }
                codes.put(cols[0].trim(), cols[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return Map.copyOf(codes);
    }
}
