package org.orbat.extract.places.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.orbat.extract.places.MalformedGazetteerException;

/** The place-list formats {@code orbat gazetteer import} reads. */
public enum PlaceListFormat {
    /**
     * A GeoNames dump ({@code XX.txt}, {@code cities500.txt}, {@code allCountries.txt}): 19 tab-separated columns,
     * geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature class, feature code,
     * country code, cc2, admin1 code, admin2 code, admin3, admin4, population, elevation, dem, timezone, modified.
     */
    GEONAMES,
    /**
     * A comma-separated list, optionally under a header row: name, alternate names (separated by {@code |} or
     * {@code ;}), latitude, longitude, country code (ISO 3166-1 alpha-2), admin1 (the first-level division's name,
     * or empty to take the nearest known place's), and optionally a feature ({@code village} when absent).
     */
    CSV,
    /**
     * An OCHA populated-places table (HDX Common Operational Dataset), columns found by name in its header row:
     * {@code NAME_EN} (or {@code featureName}...), {@code LATITUDE}, {@code LONGITUDE}, {@code ADM1_EN}, P-codes
     * whose first two letters give the country ({@link OchaPlacesReader}).
     */
    OCHA,
    /** A GeoJSON FeatureCollection of points, names and country in each feature's properties ({@link GeoJsonPlacesReader}). */
    GEOJSON;

    /**
     * The format a file's name suggests: {@code .geojson} and {@code .json} GeoJSON, {@code .txt} and {@code .tsv}
     * GeoNames, {@code .csv} OCHA when its header row has OCHA's latitude and P-code columns, else Orbat's CSV.
     */
    public static PlaceListFormat ofFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return ochaHeader(file) ? OCHA : CSV;
        }
        if (name.endsWith(".txt") || name.endsWith(".tsv")) {
            return GEONAMES;
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        throw new MalformedGazetteerException(file.toString(), 0,
            "cannot tell the format from the file name (.csv, .geojson/.json, or .txt/.tsv for GeoNames); give --format");
    }

    /** Whether the first line is an OCHA header: a latitude column and a P-code column ("ADM1_PCODE", "ADMIN1_COD"). */
    private static boolean ochaHeader(Path file) {
        String first;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = in.readLine();
        } catch (IOException | UncheckedIOException e) {
            return false; // the reader then names what is wrong with the file
        }
        if (first == null) {
            return false;
        }
        List<String> columns = Arrays.stream(first.replace("\uFEFF", "").replace("\"", "").toLowerCase(Locale.ROOT).split(","))
            .map(String::strip).toList();
        boolean latitude = columns.contains("latitude") || columns.contains("lat") || columns.contains("y");
        boolean pcode = columns.stream().anyMatch(c -> c.matches("adm(in)?[0-4]_?(pcode|cod|code)"));
        return latitude && pcode;
    }
}
