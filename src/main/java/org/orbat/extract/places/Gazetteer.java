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
 * The places Orbat can resolve: Syria's populated places and districts (OCHA/HDX), a curated layer of news
 * spellings, bases, landmarks and governorates, the world's GeoNames places of 500+ inhabitants with their
 * first- and second-level divisions, village lists of some countries, and (in a separate ODbL resource)
 * OpenStreetMap places of some African countries; built into {@code gazetteer/gazetteer.tsv.gz} and
 * {@code gazetteer/gazetteer-osm.tsv.gz} by {@code scripts/build-gazetteer.py} (sources in
 * {@code gazetteer/SOURCES.md}).
 *
 * <p>Look names up with {@link #find} (all places of that name, biggest first) or {@link #requireBest};
 * keys are {@link PlaceNames#key normalised}, so spelling variants meet. Immutable once loaded: threads may
 * share an instance (the spellings {@link #findInDivision} works out are kept in a concurrent cache), and
 * {@link #loadDefault()} loads the bundled file once per JVM.
 */
public final class Gazetteer {
    /** The classpath resource {@link #loadDefault()} reads. */
    public static final String DEFAULT_RESOURCE = "gazetteer/gazetteer.tsv.gz";
    /** The OpenStreetMap layer, kept apart because it is under ODbL rather than CC BY. */
    public static final String OSM_RESOURCE = "gazetteer/gazetteer-osm.tsv.gz";
    private static final int LEGACY_COLUMNS = 9;
    /** Cities, towns, villages, neighbourhoods, bases: what a misspelt name in a report may be (not a division). */
    private static final int SETTLEMENT_SPECIFICITY = 3;
    /** Second-level divisions and smaller: what a misspelt name the text locates in a first-level division may be. */
    private static final int DISTRICT_SPECIFICITY = 2;
    /**
     * How far a division's spelling may stray: one letter. A longer name may stray further for a village (closeSpellings),
     * but a district name that far off is another district ("Qaryat al Abbarah" is no "Qara Tabe").
     */
    private static final int MAX_DISTRICT_DISTANCE = 1;
    private static final int COLUMNS = 11;
    private static final Comparator<GazetteerPlace> BIGGEST_FIRST =
            Comparator.comparingInt(GazetteerPlace::weight).reversed();

    private final List<GazetteerPlace> places;
    private final Map<String, List<GazetteerPlace>> byKey;
    /** Settlements by the {@link PlaceNames#skeleton skeleton} of each of their keys: the spelling fallback. */
    private final Map<String, List<GazetteerPlace>> bySkeleton;
    private final Map<String, GazetteerPlace> governorates;
    /**
     * Settlements and second-level divisions by country and first-level division ("SY/Idlib"): where a misspelt name
     * the text locates is sought.
     */
    private final Map<String, List<GazetteerPlace>> byDivision;
    /** The keys of each place of {@link #byDivision}, worked out for a division the first time it is searched. */
    private final Map<String, List<String[]>> divisionKeys = new java.util.concurrent.ConcurrentHashMap<>();
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
                govs.putIfAbsent(place.country() + "/" + place.admin1(), place);
            }
        }
        index.replaceAll((key, list) -> list.stream().sorted(BIGGEST_FIRST).toList());
        Map<String, List<GazetteerPlace>> skeletons = new HashMap<>();
        index.forEach((key, list) -> {
            String skeleton = PlaceNames.skeleton(key);
            if (!skeleton.isEmpty()) {
                for (GazetteerPlace place : list) {
                    if (place.specificity() >= SETTLEMENT_SPECIFICITY) {
                        List<GazetteerPlace> same = skeletons.computeIfAbsent(skeleton, k -> new ArrayList<>(1));
                        if (!same.contains(place)) {
                            same.add(place);
                        }
                    }
                }
            }
        });
        skeletons.replaceAll((key, list) -> list.stream().sorted(BIGGEST_FIRST).toList());
        this.bySkeleton = Map.copyOf(skeletons);
        Map<String, List<GazetteerPlace>> divisions = new HashMap<>();
        for (GazetteerPlace place : places) {
            // second-level divisions too: "the Karma district of Anbar" is OCHA's district Al-Garma, pinned on its seat
            if (place.specificity() >= DISTRICT_SPECIFICITY && !place.admin1().isEmpty()) {
                divisions.computeIfAbsent(divisionKey(place.country(), place.admin1()), k -> new ArrayList<>()).add(place);
            }
        }
        this.byDivision = Map.copyOf(divisions);
        this.byKey = Map.copyOf(index);
        this.governorates = Map.copyOf(govs);
        this.maxKeyWords = longest;
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = loadResources(DEFAULT_RESOURCE, OSM_RESOURCE);
    }

    /** The bundled gazetteer, loaded on first use and shared. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    /**
     * The bundled gazetteer plus {@code extra} places (an analyst's imported lists), as a new instance: the shared
     * {@link #loadDefault()} instance is neither built nor changed, so a run without imports pays nothing.
     */
    public static Gazetteer loadDefaultWith(List<GazetteerPlace> extra) {
        if (extra.isEmpty()) {
            return loadDefault();
        }
        List<GazetteerPlace> places = new ArrayList<>(readResources(DEFAULT_RESOURCE, OSM_RESOURCE));
        places.addAll(extra);
        return new Gazetteer(places);
    }

    /** A gazetteer from a classpath resource (gzipped when its name ends in {@code .gz}). */
    public static Gazetteer loadResource(String resource) {
        return loadResources(resource);
    }

    /** One gazetteer from several classpath resources, read in order. */
    public static Gazetteer loadResources(String... resources) {
        return new Gazetteer(readResources(resources));
    }

    private static List<GazetteerPlace> readResources(String... resources) {
        List<GazetteerPlace> places = new ArrayList<>();
        Map<String, String> strings = new HashMap<>();
        for (String resource : resources) {
            InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new MalformedGazetteerException(resource, 0, "resource not found on the classpath");
            }
            try (InputStream raw = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
                 Reader reader = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
                readInto(resource, reader, places, strings);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read gazetteer " + resource, e);
            }
        }
        return places;
    }

    /**
     * Reads gazetteer lines: {@code name, alternates (|), lat, lon, admin1, admin2, country, feature, weight,
     * population, source}, tab separated (or the first format's nine columns, without admin2 and population);
     * {@code #} starts a comment line.
     *
     * @param source the file or resource name, for error messages
     * @throws MalformedGazetteerException naming the source and line of the first bad line
     */
    public static Gazetteer read(String source, Reader reader) {
        List<GazetteerPlace> places = new ArrayList<>();
        readInto(source, reader, places, new HashMap<>());
        return new Gazetteer(places);
    }

    private static void readInto(String source, Reader reader, List<GazetteerPlace> places, Map<String, String> strings) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    places.add(parse(source, number, line, strings));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + source, e);
        }
    }

    /**
     * One line as a place. Division, country and feature names repeat across hundreds of thousands of rows, so
     * each distinct value is kept once ({@code strings}): about 40 MB less heap for the world gazetteer.
     */
    private static GazetteerPlace parse(String source, int number, String line, Map<String, String> strings) {
        String[] cols = line.split("\t", -1);
        if (cols.length != COLUMNS && cols.length != LEGACY_COLUMNS) {
            throw new MalformedGazetteerException(source, number,
                    "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
        }
        if (cols[0].isBlank()) {
            throw new MalformedGazetteerException(source, number, "empty place name");
        }
        try {
            List<String> alternates = cols[1].isEmpty() ? List.of() : Arrays.asList(cols[1].split("\\|"));
            double lat = Double.parseDouble(cols[2]);
            double lon = Double.parseDouble(cols[3]);
            if (cols.length == LEGACY_COLUMNS) {
                return new GazetteerPlace(cols[0], alternates, lat, lon, shared(strings, cols[4]), shared(strings, cols[5]),
                        shared(strings, cols[6]), Integer.parseInt(cols[7]), cols[8]);
            }
            return new GazetteerPlace(cols[0], alternates, lat, lon, shared(strings, cols[4]), shared(strings, cols[5]),
                    shared(strings, cols[6]), shared(strings, cols[7]), Integer.parseInt(cols[8]), Long.parseLong(cols[9]),
                    cols[10]);
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

    /**
     * The settlements whose name has the same consonants as {@code key} ({@link PlaceNames#skeleton}), biggest
     * first: for a name with no exact match that the text nonetheless marks as a place.
     */
    List<GazetteerPlace> findSkeleton(String key) {
        String skeleton = PlaceNames.skeleton(key);
        return skeleton.isEmpty() ? List.of() : bySkeleton.getOrDefault(skeleton, List.of());
    }

    /**
     * The settlements of the first-level division {@code admin1} of {@code country} (a division OCHA splits, "Shan
     * (North)", counted whole) whose name or an alternate is spelt closest to {@code key}, within
     * {@link PlaceNames#closeSpellings the distance a transliteration may stray}; empty when none is.
     */
    List<GazetteerPlace> findInDivision(String key, String country, String admin1) {
        String division = divisionKey(country, admin1);
        List<GazetteerPlace> places = byDivision.getOrDefault(division, List.of());
        List<String[]> keys = divisionKeys.computeIfAbsent(division, d -> places.stream().map(Gazetteer::keysOf).toList());
        List<GazetteerPlace> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < places.size(); k++) {
            GazetteerPlace place = places.get(k);
            int distance = Integer.MAX_VALUE;
            for (String spelling : keys.get(k)) {
                distance = Math.min(distance, PlaceNames.closeness(key, spelling));
            }
            if (place.specificity() < SETTLEMENT_SPECIFICITY && distance > MAX_DISTRICT_DISTANCE) {
                continue; // a district is one of few in its province: only a letter's slip ("Karma", "Garma") is taken for it
            }
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                best.add(place);
            }
        }
        return PlaceNames.closeSpellings(key, bestDistance) ? best.stream().sorted(BIGGEST_FIRST).toList() : List.of();
    }

    private static String[] keysOf(GazetteerPlace place) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PlaceNames.key(place.name()));
        place.alternates().forEach(alternate -> keys.add(PlaceNames.key(alternate)));
        return keys.toArray(String[]::new);
    }

    private static String divisionKey(String country, String admin1) {
        int bracket = admin1.indexOf(" (");
        String whole = bracket > 0 && admin1.endsWith(")") ? admin1.substring(0, bracket) : admin1;
        return country + "/" + whole;
    }

    /** The biggest place known by {@code name}. */
    public Optional<GazetteerPlace> findBest(String name) {
        return find(name).stream().findFirst();
    }

    /** The biggest place known by {@code name}, or an exception naming it. */
    public GazetteerPlace requireBest(String name) {
        return findBest(name).orElseThrow(() -> new IllegalArgumentException("No place named '" + name + "' in the gazetteer"));
    }

    private static String shared(Map<String, String> strings, String value) {
        return strings.computeIfAbsent(value, v -> v);
    }

    /** The governorate entry of a Syrian admin1 name ("Aleppo", "Rif Dimashq"), with its centroid. */
    public Optional<GazetteerPlace> governorate(String admin1) {
        return governorate("SY", admin1);
    }

    /** The first-level division {@code admin1} of {@code country} (ISO alpha-2), pinned on its seat. */
    public Optional<GazetteerPlace> governorate(String country, String admin1) {
        return Optional.ofNullable(governorates.get(country + "/" + admin1));
    }

    /** The most words any name key has: the longest n-gram worth looking up. */
    public int maxKeyWords() {
        return maxKeyWords;
    }

    /** Every place, in the order read. */
    public List<GazetteerPlace> places() {
        return places;
    }

    public int size() {
        return places.size();
    }
}
