package org.orbat.extract.places.lists;

import java.nio.file.Path;
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
    CSV;

    /** The format a file's name suggests: {@code .csv} is CSV, {@code .txt} and {@code .tsv} GeoNames. */
    public static PlaceListFormat ofFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".txt") || name.endsWith(".tsv")) {
            return GEONAMES;
        }
        throw new MalformedGazetteerException(file.toString(), 0,
            "cannot tell the format from the file name (.csv, or .txt/.tsv for GeoNames); give --format");
    }
}
