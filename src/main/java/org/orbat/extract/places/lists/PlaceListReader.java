package org.orbat.extract.places.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.MalformedGazetteerException;

/**
 * Reads an analyst's place list ({@link PlaceListFormat}) into gazetteer places. The whole file is read and
 * checked before anything is returned, so a bad line (wrong column count, a coordinate that is no number or out
 * of range, an unknown country code or division, bytes that are not UTF-8) stops the import with a
 * {@link MalformedGazetteerException} naming the file and line, and nothing of the list is stored.
 */
public final class PlaceListReader {
    private static final int GEONAMES_COLUMNS = 19;
    private static final int CSV_COLUMNS = 6;
    private static final int CSV_COLUMNS_WITH_FEATURE = 7;
    /** The features a CSV row may name, with the weight the curated layer gives the same kind. */
    private static final Map<String, Integer> CSV_FEATURES = Map.of("city", 5, "town", 3, "village", 2,
        "district", 2, "military_base", 3, "airport", 3, "landmark", 2, "mountain", 2, "region", 4, "admin2", 3);
    private static final String DEFAULT_FEATURE = "village";
    private static final String GEONAMES_SOURCE = "GeoNames ";

    private final Divisions divisions;
    private final Set<String> geoNamesIds = new HashSet<>();

    /** A reader that names divisions, and skips GeoNames ids, as {@code gazetteer} does. */
    public PlaceListReader(Gazetteer gazetteer) {
        this.divisions = new Divisions(gazetteer);
        for (GazetteerPlace place : gazetteer.places()) {
            if (place.source().startsWith(GEONAMES_SOURCE)) {
                geoNamesIds.add(place.source().substring(GEONAMES_SOURCE.length()).split(" ", 2)[0]);
            }
        }
    }

    /** The places of {@code file}, read as {@code format}. */
    public PlaceList read(Path file, PlaceListFormat format) {
        String source = file.toString();
        String listName = String.valueOf(file.getFileName());
        if (format == PlaceListFormat.OCHA) {
            return new OchaPlacesReader(this).read(file);
        }
        if (format == PlaceListFormat.GEOJSON) {
            return new GeoJsonPlacesReader(this).read(file);
        }
        List<GazetteerPlace> places = new ArrayList<>();
        int known = 0;
        int number = 0;
        boolean first = true;
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            String line;
            while ((line = lines.next()) != null) {
                number++;
                if (first) {
                    line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean header = first && format == PlaceListFormat.CSV && isHeader(line);
                first = false;
                if (header) {
                    continue;
                }
                Optional<GazetteerPlace> place = format == PlaceListFormat.GEONAMES
                    ? geoNamesRow(source, number, line) : csvRow(source, listName, number, line);
                if (place.isPresent()) {
                    places.add(place.get());
                } else {
                    known++;
                }
            }
        } catch (CharacterCodingException e) {
            throw new MalformedGazetteerException(source, number + 1, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new MalformedGazetteerException(source, 0, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read place list " + source, e);
        }
        if (places.isEmpty() && known == 0) {
            throw new MalformedGazetteerException(source, 0, "no places in the file");
        }
        return new PlaceList(listName, places, known);
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).replace("\"", "").strip().startsWith("name,");
    }

    /** A GeoNames row, or empty when the shipped gazetteer already holds its GeoNames id. */
    private Optional<GazetteerPlace> geoNamesRow(String source, int number, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != GEONAMES_COLUMNS) {
            throw new MalformedGazetteerException(source, number,
                "expected " + GEONAMES_COLUMNS + " tab-separated GeoNames columns, found " + c.length);
        }
        String id = c[0].strip();
        if (!id.chars().allMatch(Character::isDigit) || id.isEmpty()) {
            throw new MalformedGazetteerException(source, number, "geonameid '" + c[0] + "' is not a number");
        }
        if (geoNamesIds.contains(id)) {
            return Optional.empty();
        }
        String name = requireName(source, number, c[1]);
        double lat = coordinate(source, number, "latitude", c[4], 90);
        double lon = coordinate(source, number, "longitude", c[5], 180);
        String country = country(source, number, c[8]);
        long population = population(source, number, c[14]);
        GeoNamesFeatures.Feature feature = GeoNamesFeatures.of(c[6].strip(), c[7].strip(), population);
        List<String> alternates = new ArrayList<>();
        for (String alternate : (c[2] + "," + c[3]).split(",")) {
            String a = alternate.strip();
            if (!a.isEmpty() && !a.equals(name) && !alternates.contains(a)) {
                alternates.add(a);
            }
        }
        Optional<GazetteerPlace> near = divisions.nearest(country, lat, lon);
        return Optional.of(new GazetteerPlace(name, alternates, lat, lon, near.map(GazetteerPlace::admin1).orElse(""),
            near.map(GazetteerPlace::admin2).orElse(""), country, feature.featureClass(), feature.weight(), population,
            GEONAMES_SOURCE + id));
    }

    private Optional<GazetteerPlace> csvRow(String source, String listName, int number, String line) {
        CSVRecord record;
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            record = records.get(0);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedGazetteerException(source, number, "not a CSV row (" + e.getMessage() + ")");
        }
        if (record.size() != CSV_COLUMNS && record.size() != CSV_COLUMNS_WITH_FEATURE) {
            throw new MalformedGazetteerException(source, number, "expected " + CSV_COLUMNS
                + " columns (name, alternates, lat, lon, country, admin1) and an optional feature, found " + record.size());
        }
        String name = requireName(source, number, record.get(0));
        List<String> alternates = new ArrayList<>();
        for (String alternate : record.get(1).split("[|;]")) {
            if (!alternate.isBlank() && !alternate.strip().equals(name)) {
                alternates.add(alternate.strip());
            }
        }
        double lat = coordinate(source, number, "latitude", record.get(2), 90);
        double lon = coordinate(source, number, "longitude", record.get(3), 180);
        String country = country(source, number, record.get(4));
        String feature = record.size() == CSV_COLUMNS_WITH_FEATURE && !record.get(6).isBlank()
            ? record.get(6).strip().toLowerCase(Locale.ROOT) : DEFAULT_FEATURE;
        Integer weight = CSV_FEATURES.get(feature);
        if (weight == null) {
            throw new MalformedGazetteerException(source, number, "unknown feature '" + feature + "' (one of "
                + String.join(", ", CSV_FEATURES.keySet().stream().sorted().toList()) + ")");
        }
        Optional<GazetteerPlace> near = divisions.nearest(country, lat, lon);
        String written = record.get(5).strip();
        String admin1;
        if (written.isEmpty()) {
            admin1 = near.map(GazetteerPlace::admin1).orElse("");
        } else {
            admin1 = divisions.admin1(country, written).orElseThrow(() -> new MalformedGazetteerException(source, number,
                "no first-level division '" + written + "' in country " + country));
        }
        String admin2 = near.filter(p -> p.admin1().equals(admin1)).map(GazetteerPlace::admin2).orElse("");
        return Optional.of(new GazetteerPlace(name, alternates, lat, lon, admin1, admin2, country, feature, weight, 0,
            listName + " line " + number));
    }

    /**
     * A place of an OCHA or GeoJSON list: its admin1 the country's division of the name written, when the gazetteer
     * knows one by that name (OCHA's own names are among its alternates), else the nearest known place's, as for a
     * CSV row with none written; its admin2 the nearest known place's in that division.
     */
    GazetteerPlace place(String name, List<String> alternates, double lat, double lon, String country, String writtenAdmin1,
                         GeoNamesFeatures.Feature feature, long population, String source) {
        Optional<GazetteerPlace> near = divisions.nearest(country, lat, lon);
        String admin1 = writtenAdmin1 == null || writtenAdmin1.isBlank() ? null
            : divisions.admin1(country, writtenAdmin1.strip()).orElse(null);
        String chosen = admin1 != null ? admin1 : near.map(GazetteerPlace::admin1).orElse("");
        String admin2 = near.filter(p -> p.admin1().equals(chosen)).map(GazetteerPlace::admin2).orElse("");
        return new GazetteerPlace(name, alternates, lat, lon, chosen, admin2, country, feature.featureClass(),
            feature.weight(), population, source);
    }

    static String requireName(String source, int number, String name) {
        if (name.isBlank()) {
            throw new MalformedGazetteerException(source, number, "empty place name");
        }
        return name.strip();
    }

    static double coordinate(String source, int number, String what, String value, double limit) {
        double degrees;
        try {
            degrees = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedGazetteerException(source, number, what + " '" + value + "' is not a number");
        }
        if (Double.isNaN(degrees) || degrees < -limit || degrees > limit) {
            throw new MalformedGazetteerException(source, number, what + " " + value + " is out of range");
        }
        return degrees;
    }

    String country(String source, int number, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!divisions.knowsCountry(code)) {
            throw new MalformedGazetteerException(source, number, "unknown country code '" + value + "' (ISO 3166-1 alpha-2)");
        }
        return code;
    }

    static long population(String source, int number, String value) {
        if (value.isBlank()) {
            return 0;
        }
        try {
            long population = Long.parseLong(value.strip());
            if (population < 0) {
                throw new NumberFormatException("negative");
            }
            return population;
        } catch (NumberFormatException e) {
            throw new MalformedGazetteerException(source, number, "population '" + value + "' is not a count");
        }
    }
}
