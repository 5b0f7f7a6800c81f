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
import java.util.Optional;

/**
 * The world's countries as ACLED's export names them: ISO 3166-1 alpha-3 (the {@code event_id_cnty}
 * prefix) and numeric codes (the {@code iso} column), English short name and ACLED region, read from
 * {@code countries.tsv} beside this class (built by {@code scripts/build-country-codes.py} from GeoNames
 * and mledoze/countries). Immutable once loaded; threads may share it.
 */
final class Countries {
    private static final String RESOURCE = "countries.tsv";
    private static final Map<String, Country> BY_ALPHA2 = load();

    /** One country; {@code numeric} is empty where ISO assigns none (Kosovo's 0 is kept, as ACLED codes it). */
    record Country(String alpha2, String alpha3, String numeric, String name, String region) {
    }

    private Countries() {
    }

    /** The country of an ISO 3166-1 alpha-2 code; empty when it is null or not a country code. */
    static Optional<Country> find(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(BY_ALPHA2.get(alpha2.trim().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + Countries.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 5) {
                    throw new IllegalStateException("Bad line in " + RESOURCE + ", expected 5 columns: " + line);
                }
                countries.put(cols[0], new Country(cols[0], cols[1], cols[2], cols[3], cols[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return Map.copyOf(countries);
    }
}
