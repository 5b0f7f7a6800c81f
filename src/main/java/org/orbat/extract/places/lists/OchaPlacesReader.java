package org.orbat.extract.places.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.MalformedGazetteerException;

/**
 * Reads an OCHA populated-places table (the CSV of a Common Operational Dataset "populated places" layer on the
 * Humanitarian Data Exchange, such as {@code syr_populated_places.csv}). Such tables name their columns by OCHA's
 * conventions, which differ a little from country to country: the place's name ({@code NAME_EN},
 * {@code featureName}, {@code PPL_EN}...), further names ({@code NAME_ARA}, {@code NAM_EN_REF},
 * {@code featureName_fr}...), {@code LATITUDE}/{@code LONGITUDE} (or {@code lat}/{@code lon}, {@code Y}/{@code X}),
 * the first-level division's name ({@code ADM1_EN}, {@code admin1Name_en}, {@code ADMIN1_EN}), a seat level
 * ({@code CAPIT_LVL}) or population when given. The country is the ISO alpha-2 prefix every OCHA P-code starts
 * with ({@code ADM0_PCODE}, {@code ADM1_PCODE}, {@code ADMIN1_COD}: "SY07"). The columns are found by name in the
 * header row, so a layer with its columns in another order reads the same.
 */
final class OchaPlacesReader {
    private static final List<String> NAME_COLUMNS = List.of("name_en", "featurename_en", "featurename", "ppl_en",
        "ppl_name_en", "pplname_en", "pplname", "ppl_name", "name", "place_name");
    private static final List<String> LAT_COLUMNS = List.of("latitude", "lat", "lat_y", "y");
    private static final List<String> LON_COLUMNS = List.of("longitude", "lon", "long", "lng", "lon_x", "x");
    private static final List<String> ADMIN1_COLUMNS = List.of("adm1_en", "admin1name_en", "admin1_en", "adm1_name",
        "admin1name", "adm1name", "admin1_name");
    private static final List<String> PCODE_COLUMNS = List.of("adm0_pcode", "admin0pcode", "adm1_pcode", "admin1pcode",
        "admin1_cod", "adm1_code", "admin1_code", "adm2_pcode", "admin2pcode", "admin2_cod");
    private static final List<String> POPULATION_COLUMNS = List.of("population", "pop", "total_pop");
    private static final List<String> SEAT_COLUMNS = List.of("capit_lvl", "capital_level", "capital");
    /** Seat levels as GeoNames codes them: 0 the capital, then the seats of the first levels down. */
    private static final Map<String, String> SEAT_CODES = Map.of("0", "PPLC", "1", "PPLA", "2", "PPLA2", "3", "PPLA3",
        "4", "PPLA4");

    private final PlaceListReader reader;

    OchaPlacesReader(PlaceListReader reader) {
        this.reader = reader;
    }

    PlaceList read(Path file) {
        String source = file.toString();
        String listName = String.valueOf(file.getFileName());
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedGazetteerException(source, 0, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new MalformedGazetteerException(source, 0, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read place list " + source, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<GazetteerPlace> places = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get())) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int k = 0; k < header.size(); k++) {
                columns.putIfAbsent(header.get(k).strip().toLowerCase(Locale.ROOT), k);
            }
            int name = required(source, columns, NAME_COLUMNS, "place name");
            int lat = required(source, columns, LAT_COLUMNS, "latitude");
            int lon = required(source, columns, LON_COLUMNS, "longitude");
            List<Integer> pcodes = present(columns, PCODE_COLUMNS);
            if (pcodes.isEmpty()) {
                throw new MalformedGazetteerException(source, 1, "no P-code column to tell the country by (one of "
                    + String.join(", ", PCODE_COLUMNS) + ")");
            }
            List<Integer> otherNames = otherNames(columns, name);
            Optional<Integer> admin1 = present(columns, ADMIN1_COLUMNS).stream().findFirst();
            Optional<Integer> population = present(columns, POPULATION_COLUMNS).stream().findFirst();
            Optional<Integer> seat = present(columns, SEAT_COLUMNS).stream().findFirst();
            for (CSVRecord record : parser) {
                int number = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new MalformedGazetteerException(source, number, "expected " + header.size()
                        + " columns as the header has, found " + record.size());
                }
                String placeName = PlaceListReader.requireName(source, number, record.get(name));
                List<String> alternates = new ArrayList<>();
                for (int k : otherNames) {
                    String other = record.get(k).strip();
                    if (!other.isEmpty() && !other.equals(placeName) && !alternates.contains(other)) {
                        alternates.add(other);
                    }
                }
                double latitude = PlaceListReader.coordinate(source, number, "latitude", record.get(lat), 90);
                double longitude = PlaceListReader.coordinate(source, number, "longitude", record.get(lon), 180);
                String country = reader.country(source, number, countryOf(source, number, record, pcodes));
                long people = population.map(k -> PlaceListReader.population(source, number, record.get(k))).orElse(0L);
                String code = seat.map(k -> SEAT_CODES.getOrDefault(record.get(k).strip(), "PPL")).orElse("PPL");
                places.add(reader.place(placeName, alternates, latitude, longitude, country,
                    admin1.map(record::get).orElse(null), GeoNamesFeatures.of("P", code, people), people,
                    listName + " line " + number));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedGazetteerException(source, 0, "not an OCHA places table (" + e.getMessage() + ")");
        }
        if (places.isEmpty()) {
            throw new MalformedGazetteerException(source, 0, "no places in the file");
        }
        return new PlaceList(listName, places, 0);
    }

    private static int required(String source, Map<String, Integer> columns, List<String> names, String what) {
        return present(columns, names).stream().findFirst().orElseThrow(() -> new MalformedGazetteerException(source, 1,
            "no " + what + " column (one of " + String.join(", ", names) + ")"));
    }

    private static List<Integer> present(Map<String, Integer> columns, List<String> names) {
        return names.stream().filter(columns::containsKey).map(columns::get).toList();
    }

    /** The other name columns: "NAME_ARA", "NAM_EN_REF", "featureName_fr", but not the P-codes or divisions' names. */
    private static List<Integer> otherNames(Map<String, Integer> columns, int name) {
        List<Integer> out = new ArrayList<>();
        columns.forEach((column, k) -> {
            if (k != name && column.matches("(name|nam|featurename|ppl_?name|ppl)(_.*)?")) {
                out.add(k);
            }
        });
        return out;
    }

    /** The ISO alpha-2 country every OCHA P-code starts with ("SY0705", "UA14"), from the first P-code column given. */
    private static String countryOf(String source, int number, CSVRecord record, List<Integer> pcodes) {
        for (int k : pcodes) {
            String code = record.get(k).strip();
            if (code.length() >= 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
                return code.substring(0, 2);
            }
        }
        throw new MalformedGazetteerException(source, number, "no P-code to tell the country by");
    }
}
