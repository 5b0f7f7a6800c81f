package org.orbat.extract.places.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.MalformedGazetteerException;

/**
 * Reads a GeoJSON FeatureCollection of points (RFC 7946), as OCHA's populated-places layers, OpenStreetMap
 * exports (overpass-turbo, QGIS) and most GIS tools write them: each feature a {@code Point} at
 * {@code [longitude, latitude]}, its properties naming the place ({@code name}, {@code name_en}, {@code NAME_EN},
 * {@code featureName}), further names ({@code alt_name}, {@code name:ar}, {@code NAME_ARA}...), the country (an
 * ISO alpha-2 {@code country}, {@code iso2} or {@code country_code}, else the prefix of an OCHA P-code such as
 * {@code ADM1_PCODE}), the first-level division ({@code admin1}, {@code ADM1_EN}...), the kind of place (OSM's
 * {@code place}: city, town, village, hamlet) and population. A feature that is no point, or lacks a name,
 * coordinates or country, stops the import naming the feature by its 1-based position.
 */
final class GeoJsonPlacesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAME_KEYS = List.of("name_en", "name:en", "featurename_en", "featurename", "ppl_en",
        "name");
    private static final List<String> COUNTRY_KEYS = List.of("country", "country_code", "iso2", "iso_a2", "cc");
    private static final List<String> PCODE_KEYS = List.of("adm0_pcode", "admin0pcode", "adm1_pcode", "admin1pcode",
        "admin1_cod", "adm2_pcode", "admin2pcode");
    private static final List<String> ADMIN1_KEYS = List.of("admin1", "adm1_en", "admin1name_en", "admin1_en", "adm1_name",
        "admin1name", "state", "province");
    private static final List<String> POPULATION_KEYS = List.of("population", "pop");
    /** OpenStreetMap's {@code place} values as GeoNames feature codes, so both weigh places by one rule. */
    private static final Map<String, String> PLACE_CODES = Map.of("city", "PPLA2", "town", "PPLA3");

    private final PlaceListReader reader;

    GeoJsonPlacesReader(PlaceListReader reader) {
        this.reader = reader;
    }

    PlaceList read(Path file) {
        String source = file.toString();
        String listName = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            root = JSON.readTree(text);
        } catch (CharacterCodingException e) {
            throw new MalformedGazetteerException(source, 0, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new MalformedGazetteerException(source, 0, "no such file");
        } catch (JsonProcessingException e) {
            throw new MalformedGazetteerException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                "not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read place list " + source, e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw new MalformedGazetteerException(source, 0, "not a GeoJSON FeatureCollection");
        }
        List<GazetteerPlace> places = new ArrayList<>();
        int number = 0;
        for (JsonNode feature : root.get("features")) {
            number++;
            places.add(place(source, listName, number, feature));
        }
        if (places.isEmpty()) {
            throw new MalformedGazetteerException(source, 0, "no places in the file");
        }
        return new PlaceList(listName, places, 0);
    }

    private GazetteerPlace place(String source, String listName, int number, JsonNode feature) {
        String where = "feature " + number;
        JsonNode geometry = feature.path("geometry");
        if (!"Point".equals(geometry.path("type").asText())) {
            throw new MalformedGazetteerException(source, 0, where + ": geometry is "
                + (geometry.isMissingNode() || geometry.isNull() ? "missing" : geometry.path("type").asText()) + ", not a Point");
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.size() < 2 || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
            throw new MalformedGazetteerException(source, 0, where + ": a Point needs [longitude, latitude] as numbers");
        }
        double lon = PlaceListReader.coordinate(source, 0, where + " longitude", coordinates.get(0).asText(), 180);
        double lat = PlaceListReader.coordinate(source, 0, where + " latitude", coordinates.get(1).asText(), 90);
        Map<String, String> properties = properties(feature.path("properties"));
        String nameKey = NAME_KEYS.stream().filter(k -> !properties.getOrDefault(k, "").isBlank()).findFirst()
            .orElseThrow(() -> new MalformedGazetteerException(source, 0, where + ": no name (one of "
                + String.join(", ", NAME_KEYS) + ")"));
        String name = properties.get(nameKey).strip();
        List<String> alternates = new ArrayList<>();
        properties.forEach((key, value) -> {
            boolean nameLike = key.startsWith("name") || key.startsWith("nam_") || key.startsWith("featurename")
                || key.endsWith("_name") && !key.startsWith("adm") || key.equals("official_name");
            if (!key.equals(nameKey) && nameLike) {
                for (String v : value.split(";")) { // OSM lists several names in one tag with ";"
                    if (!v.isBlank() && !v.strip().equals(name) && !alternates.contains(v.strip())) {
                        alternates.add(v.strip());
                    }
                }
            }
        });
        String country = reader.country(source, 0, countryOf(source, where, properties));
        long population = POPULATION_KEYS.stream().filter(properties::containsKey).findFirst()
            .map(k -> PlaceListReader.population(source, 0, properties.get(k))).orElse(0L);
        String code = PLACE_CODES.getOrDefault(properties.getOrDefault("place", ""), "PPL");
        String admin1 = ADMIN1_KEYS.stream().map(properties::get).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        return reader.place(name, alternates, lat, lon, country, admin1, GeoNamesFeatures.of("P", code, population),
            population, listName + " feature " + number);
    }

    /** The properties as text, keys in lower case ("NAME_EN" is "name_en"); nested values are left out. */
    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    out.putIfAbsent(field.getKey().toLowerCase(Locale.ROOT), field.getValue().asText());
                }
            }
        }
        return out;
    }

    private static String countryOf(String source, String where, Map<String, String> properties) {
        for (String key : COUNTRY_KEYS) {
            String value = properties.getOrDefault(key, "").strip();
            if (value.length() == 2) {
                return value;
            }
        }
        for (String key : PCODE_KEYS) {
            String code = properties.getOrDefault(key, "").strip();
            if (code.length() >= 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
                return code.substring(0, 2);
            }
        }
        throw new MalformedGazetteerException(source, 0, where + ": no country (an ISO alpha-2 code in "
            + String.join(", ", COUNTRY_KEYS) + ", or an OCHA P-code)");
    }
}
