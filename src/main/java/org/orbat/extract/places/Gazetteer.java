package org.orbat.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The places Orbat can resolve: Syria's populated places (OCHA/HDX), GeoNames cities of the
 * neighbouring countries, and a curated layer of news spellings, bases, landmarks and governorates,
 * built into {@code gazetteer/gazetteer.tsv.gz} by {@code scripts/build-gazetteer.py} (sources in
 * {@code gazetteer/SOURCES.md}).
 *
 * <p>Look names up with {@link #find} (all places of that name, biggest first) or {@link #requireBest};
 * keys are {@link PlaceNames#key normalised}, so spelling variants meet. Immutable once loaded: threads may
 * share an instance, and {@link #loadDefault()} loads the bundled file once per JVM.
 */
public final class Gazetteer {
    /** The classpath resource {@link #loadDefault()} reads. */
    public static final String DEFAULT_RESOURCE = "gazetteer/gazetteer.tsv.gz";
    private static final int COLUMNS = 9;
    private static final Comparator<GazetteerPlace> BIGGEST_FIRST =
            Comparator.comparingInt(GazetteerPlace::weight).reversed();

    private final List<GazetteerPlace> places;
    private final Map<String, List<GazetteerPlace>> byKey;
    private final Map<String, GazetteerPlace> governorates;
    private final int maxKeyWords;

    private Gazetteer(List<GazetteerPlace> places) {
        this.places = List.copyOf(places);
        Map<String, List<GazetteerPlace>> index = new HashMap<>();
        Map<String, GazetteerPlace> govs = new HashMap<>();
        int longest = 1;
        for (GazetteerPlace place : places) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(PlaceNames.key(place.name()));
            place.alternates().forEach(alternate -> keys.add(PlaceNames.key(alternate)));
            for (String key : keys) {
                if (!key.isEmpty()) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
            if (place.isGovernorate()) {
                govs.put(place.admin1(), place);
            }
        }
        index.replaceAll((key, list) -> list.stream().sorted(BIGGEST_FIRST).toList());
        this.byKey = Map.copyOf(index);
        this.governorates = Map.copyOf(govs);
        this.maxKeyWords = longest;
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = loadResource(DEFAULT_RESOURCE);
    }

    /** The bundled gazetteer, loaded on first use and shared. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    /** A gazetteer from a classpath resource (gzipped when its name ends in {@code .gz}). */
    public static Gazetteer loadResource(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedGazetteerException(resource, 0, "resource not found on the classpath");
        }
        try (InputStream raw = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
             Reader reader = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
            return read(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + resource, e);
        }
    }

    /**
     * Reads gazetteer lines: {@code name, alternates (|), lat, lon, admin1, country, feature, weight, source},
     * tab separated; {@code #} starts a comment line.
     *
     * @param source the file or resource name, for error messages
     * @throws MalformedGazetteerException naming the source and line of the first bad line
     */
    public static Gazetteer read(String source, Reader reader) {
        List<GazetteerPlace> places = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    places.add(parse(source, number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + source, e);
        }
        return new Gazetteer(places);
    }

    private static GazetteerPlace parse(String source, int number, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS) {
            throw new MalformedGazetteerException(source, number,
                    "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
        }
        if (cols[0].isBlank()) {
            throw new MalformedGazetteerException(source, number, "empty place name");
        }
        try {
            List<String> alternates = cols[1].isEmpty() ? List.of() : Arrays.asList(cols[1].split("\\|"));
            return new GazetteerPlace(cols[0], alternates, Double.parseDouble(cols[2]), Double.parseDouble(cols[3]),
                    cols[4], cols[5], cols[6], Integer.parseInt(cols[7]), cols[8]);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new MalformedGazetteerException(source, number, "bad value for '" + cols[0] + "': " + e.getMessage());
        }
    }

    /** Every place known by {@code name} (any spelling), biggest first; empty when none. */
    public List<GazetteerPlace> find(String name) {
        return findKey(PlaceNames.key(name));
    }

    /** Like {@link #find} for an already normalised key. */
    List<GazetteerPlace> findKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The biggest place known by {@code name}. */
    public Optional<GazetteerPlace> findBest(String name) {
        return find(name).stream().findFirst();
    }

    /** The biggest place known by {@code name}, or an exception naming it. */
    public GazetteerPlace requireBest(String name) {
        return findBest(name).orElseThrow(() -> new IllegalArgumentException("No place named '" + name + "' in the gazetteer"));
    }

    /** The governorate entry of a Syrian admin1 name ("Aleppo", "Rif Dimashq"), with its centroid. */
    public Optional<GazetteerPlace> governorate(String admin1) {
        return Optional.ofNullable(governorates.get(admin1));
    }

    /** The most words any name key has: the longest n-gram worth looking up. */
    public int maxKeyWords() {
        return maxKeyWords;
    }

    public int size() {
        return places.size();
    }
}
