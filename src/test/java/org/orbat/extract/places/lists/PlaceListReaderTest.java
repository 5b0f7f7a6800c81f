package org.orbat.extract.places.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.MalformedGazetteerException;

/** Place lists written for these tests; the village names are invented, so only the imported list can know them. */
class PlaceListReaderTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final PlaceListReader READER = new PlaceListReader(GAZETTEER);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A GeoNames dump row: 19 tab-separated columns. */
    static String geoNamesRow(String id, String name, String alternates, double lat, double lon, String fclass,
                              String fcode, String country, long population) {
        return String.join("\t", id, name, name, alternates, String.valueOf(lat), String.valueOf(lon), fclass, fcode,
            country, "", "01", "", "", "", String.valueOf(population), "", "1200", "Africa/Nairobi", "2024-01-01");
    }

    @Test
    void readsACsvListAndNamesItsDivisionsAsTheGazetteerDoes() throws IOException {
        Path file = write("villages.csv", """
            name,alternates,lat,lon,country,admin1
            Ndugu Kwenye,Ndugu Kwenyeni|Ndugukwenye,-1.05,36.95,ke,Kiambu Province
            "Ol Tepesi Juu",,-0.47,39.62,KE,
            """);
        PlaceList list = READER.read(file, PlaceListFormat.CSV);
        assertThat(list.name()).isEqualTo("villages.csv");
        assertThat(list.places()).hasSize(2);
        GazetteerPlace first = list.places().get(0);
        assertThat(first.name()).isEqualTo("Ndugu Kwenye");
        assertThat(first.alternates()).containsExactly("Ndugu Kwenyeni", "Ndugukwenye");
        assertThat(first.country()).isEqualTo("KE");
        assertThat(first.admin1()).as("the province written with GeoNames' suffix is the gazetteer's division").isEqualTo("Kiambu");
        assertThat(first.featureClass()).isEqualTo("village");
        assertThat(first.source()).isEqualTo("villages.csv line 2");
        GazetteerPlace second = list.places().get(1);
        assertThat(second.admin1()).as("no admin1 written: the nearest known town's, Garissa's").isEqualTo("Garissa");
    }

    @Test
    void takesTheFeatureACsvRowNames() throws IOException {
        Path file = write("bases.csv", "Camp Tembo Kali,,-1.40,36.70,KE,Kajiado,military_base\n");
        GazetteerPlace base = READER.read(file, PlaceListFormat.CSV).places().get(0);
        assertThat(base.featureClass()).isEqualTo("military_base");
        assertThat(base.isSignificant()).isTrue();
    }

    @Test
    void rejectsACsvRowWhoseDivisionIsNotInItsCountry() throws IOException {
        Path file = write("wrong.csv", "name,alternates,lat,lon,country,admin1\nNdugu Kwenye,,-1.05,36.95,KE,Idlib\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.CSV))
            .isInstanceOf(MalformedGazetteerException.class)
            .hasMessage(file + ":2: no first-level division 'Idlib' in country KE");
    }

    @Test
    void rejectsACsvRowWithTooFewColumnsNamingFileAndLine() throws IOException {
        Path file = write("short.csv", "Ndugu Kwenye,,-1.05,36.95,KE,Kiambu\n\nOl Tepesi Juu,-0.47,39.62,KE\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.CSV))
            .isInstanceOf(MalformedGazetteerException.class)
            .hasMessageStartingWith(file + ":3: expected 6 columns");
    }

    @Test
    void rejectsCoordinatesThatAreNoNumberOrOutOfRange() throws IOException {
        Path text = write("text.csv", "Ndugu Kwenye,,one south,36.95,KE,Kiambu\n");
        assertThatThrownBy(() -> READER.read(text, PlaceListFormat.CSV))
            .hasMessage(text + ":1: latitude 'one south' is not a number");
        Path swapped = write("swapped.csv", "Ndugu Kwenye,,136.95,-1.05,KE,Kiambu\n");
        assertThatThrownBy(() -> READER.read(swapped, PlaceListFormat.CSV))
            .hasMessage(swapped + ":1: latitude 136.95 is out of range");
    }

    @Test
    void rejectsAnUnknownCountryCode() throws IOException {
        Path file = write("codes.csv", "Ndugu Kwenye,,-1.05,36.95,KEN,Kiambu\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.CSV))
            .hasMessageStartingWith(file + ":1: unknown country code 'KEN'");
    }

    @Test
    void rejectsBytesThatAreNotUtf8NamingTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] good = "Ndugu Kwenye,,-1.05,36.95,KE,Kiambu\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Mur\u00e9ma,,-1.10,36.90,KE,Kiambu\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Files.write(file, both);
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.CSV)).hasMessage(file + ":2: not UTF-8 text");
    }

    @Test
    void rejectsAFileWithNoPlaces() throws IOException {
        Path file = write("empty.csv", "name,alternates,lat,lon,country,admin1\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.CSV)).hasMessage(file + ": no places in the file");
    }

    @Test
    void readsAGeoNamesDumpAndLeavesOutIdsTheShippedGazetteerHolds() throws IOException {
        GazetteerPlace shipped = GAZETTEER.find("Garissa").stream()
            .filter(p -> p.country().equals("KE") && p.source().startsWith("GeoNames ")).findFirst().orElseThrow();
        String shippedId = shipped.source().substring("GeoNames ".length()).split(" ")[0];
        Path file = write("KE.txt", geoNamesRow("99000001", "Ndugu Kwenye", "Ndugu Kwenyeni,Ndugu-Kwenye", -1.05, 36.95,
            "P", "PPL", "KE", 1500) + "\n" + geoNamesRow(shippedId, "Garissa", "", shipped.lat(), shipped.lon(), "P", "PPLA",
            "KE", 60000) + "\n" + geoNamesRow("99000002", "Tembo Hill", "", -1.10, 36.90, "T", "HLL", "KE", 0) + "\n");
        PlaceList list = READER.read(file, PlaceListFormat.GEONAMES);
        assertThat(list.alreadyKnown()).isEqualTo(1);
        assertThat(list.places()).extracting(GazetteerPlace::name).containsExactly("Ndugu Kwenye", "Tembo Hill");
        GazetteerPlace village = list.places().get(0);
        assertThat(village.alternates()).containsExactly("Ndugu Kwenyeni", "Ndugu-Kwenye");
        assertThat(village.admin1()).isEqualTo("Kiambu");
        assertThat(village.featureClass()).isEqualTo("village");
        assertThat(village.weight()).as("1,000 inhabitants or more").isEqualTo(2);
        assertThat(village.population()).isEqualTo(1500);
        assertThat(village.source()).isEqualTo("GeoNames 99000001");
        assertThat(list.places().get(1).featureClass()).isEqualTo("mountain");
    }

    @Test
    void rejectsAGeoNamesLineWithMissingColumnsNamingFileAndLine() throws IOException {
        Path file = write("KE.txt", geoNamesRow("99000001", "Ndugu Kwenye", "", -1.05, 36.95, "P", "PPL", "KE", 0)
            + "\n# a comment\n99000003\tOl Tepesi Juu\t-0.47\t39.62\tP\tPPL\tKE\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.GEONAMES))
            .isInstanceOf(MalformedGazetteerException.class)
            .hasMessage(file + ":3: expected 19 tab-separated GeoNames columns, found 7");
    }

    @Test
    void rejectsAGeoNamesPopulationThatIsNotACount() throws IOException {
        Path file = write("KE.txt", geoNamesRow("99000001", "Ndugu Kwenye", "", -1.05, 36.95, "P", "PPL", "KE", 0)
            .replace("\t0\t\t1200", "\tabout 900\t\t1200") + "\n");
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.GEONAMES))
            .hasMessage(file + ":1: population 'about 900' is not a count");
    }

    @Test
    void tellsTheFormatFromTheFileNameAndACsvsHeader() throws IOException {
        assertThat(PlaceListFormat.ofFile(Path.of("my-villages.CSV"))).isEqualTo(PlaceListFormat.CSV);
        assertThat(PlaceListFormat.ofFile(Path.of("KE.txt"))).isEqualTo(PlaceListFormat.GEONAMES);
        assertThat(PlaceListFormat.ofFile(Path.of("places.geojson"))).isEqualTo(PlaceListFormat.GEOJSON);
        assertThat(PlaceListFormat.ofFile(write("cmr_ppl.csv", OCHA_TABLE))).isEqualTo(PlaceListFormat.OCHA);
        assertThat(PlaceListFormat.ofFile(write("mine.csv", "name,alternates,lat,lon,country,admin1\n")))
            .isEqualTo(PlaceListFormat.CSV);
        assertThatThrownBy(() -> PlaceListFormat.ofFile(Path.of("places.kml")))
            .hasMessageStartingWith("places.kml: cannot tell the format");
    }

    /** An OCHA populated-places layer as HDX gives them: its own column order, P-codes, French division names. */
    private static final String OCHA_TABLE = """
        ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,featureName,featureName_fr,CAPIT_LVL,Longitude,Latitude
        Cameroon,CM,Extreme-Nord,CM004,Ngoma Kaskazi,Ngoma-Kaskazi,,14.21,11.02
        Cameroon,CM,,CM004,Dabanga Tatu,,2,14.30,10.95
        """;

    @Test
    void readsAnOchaPopulatedPlacesTableByItsColumnNames() throws IOException {
        PlaceList list = READER.read(write("cmr_ppl.csv", OCHA_TABLE), PlaceListFormat.OCHA);
        assertThat(list.places()).extracting(GazetteerPlace::name).containsExactly("Ngoma Kaskazi", "Dabanga Tatu");
        GazetteerPlace first = list.places().get(0);
        assertThat(first.country()).as("the ISO prefix of the P-codes").isEqualTo("CM");
        assertThat(first.lat()).isEqualTo(11.02);
        assertThat(first.lon()).isEqualTo(14.21);
        assertThat(first.alternates()).containsExactly("Ngoma-Kaskazi");
        assertThat(first.admin1()).as("OCHA's division name read as the gazetteer's division")
            .isEqualTo(GAZETTEER.governorate("CM", "Extreme-Nord").orElseThrow().admin1());
        assertThat(first.featureClass()).isEqualTo("village");
        assertThat(first.source()).isEqualTo("cmr_ppl.csv line 2");
        GazetteerPlace seat = list.places().get(1);
        assertThat(seat.admin1()).as("no division written: the nearest known place's").isEqualTo(first.admin1());
        assertThat(seat.weight()).as("a second-level seat weighs as GeoNames' PPLA2").isEqualTo(4);
    }

    @Test
    void rejectsAnOchaTableWithoutCoordinatesOrPCodes() throws IOException {
        Path noLatitude = write("nolat.csv", "ADM1_PCODE,featureName,Longitude\nCM004,Ngoma Kaskazi,14.21\n");
        assertThatThrownBy(() -> READER.read(noLatitude, PlaceListFormat.OCHA))
            .isInstanceOf(MalformedGazetteerException.class)
            .hasMessageStartingWith(noLatitude + ":1: no latitude column");
        Path noPcode = write("nopcode.csv", "featureName,Longitude,Latitude\nNgoma Kaskazi,14.21,11.02\n");
        assertThatThrownBy(() -> READER.read(noPcode, PlaceListFormat.OCHA))
            .hasMessageStartingWith(noPcode + ":1: no P-code column to tell the country by");
        Path badRow = write("bad.csv", "ADM1_PCODE,featureName,Longitude,Latitude\nCM004,Ngoma Kaskazi,14.21,north\n");
        assertThatThrownBy(() -> READER.read(badRow, PlaceListFormat.OCHA))
            .hasMessage(badRow + ":2: latitude 'north' is not a number");
    }

    @Test
    void readsAGeoJsonCollectionOfPoints() throws IOException {
        Path file = write("villages.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.95, -1.05]},
               "properties": {"name": "Ndugu Kwenye", "alt_name": "Ndugukwenye;Ndugu Kwenyeni", "country": "ke",
                              "place": "village"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [14.21, 11.02]},
               "properties": {"NAME_EN": "Ngoma Kaskazi", "ADM1_PCODE": "CM004", "ADM1_EN": "Extreme-Nord", "population": 12000}}
            ]}
            """);
        PlaceList list = READER.read(file, PlaceListFormat.GEOJSON);
        assertThat(list.places()).hasSize(2);
        GazetteerPlace first = list.places().get(0);
        assertThat(first.name()).isEqualTo("Ndugu Kwenye");
        assertThat(first.lat()).as("GeoJSON writes longitude first").isEqualTo(-1.05);
        assertThat(first.alternates()).containsExactly("Ndugukwenye", "Ndugu Kwenyeni");
        assertThat(first.country()).isEqualTo("KE");
        assertThat(first.admin1()).isEqualTo("Kiambu");
        assertThat(first.source()).isEqualTo("villages.geojson feature 1");
        GazetteerPlace second = list.places().get(1);
        assertThat(second.country()).isEqualTo("CM");
        assertThat(second.featureClass()).as("12,000 inhabitants").isEqualTo("town");
    }

    @Test
    void rejectsAGeoJsonFeatureThatIsNoPoint() throws IOException {
        Path file = write("areas.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.95, -1.05]},
               "properties": {"name": "Ndugu Kwenye", "country": "KE"}},
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[36, -1], [37, -1], [37, -2], [36, -1]]]},
               "properties": {"name": "Kiambu", "country": "KE"}}
            ]}
            """);
        assertThatThrownBy(() -> READER.read(file, PlaceListFormat.GEOJSON))
            .isInstanceOf(MalformedGazetteerException.class)
            .hasMessage(file + ": feature 2: geometry is Polygon, not a Point");
        Path notJson = write("broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n");
        assertThatThrownBy(() -> READER.read(notJson, PlaceListFormat.GEOJSON)).hasMessageContaining("not JSON");
        Path noCountry = write("nocountry.geojson", """
            {"type": "FeatureCollection", "features": [{"type": "Feature",
              "geometry": {"type": "Point", "coordinates": [36.95, -1.05]}, "properties": {"name": "Ndugu Kwenye"}}]}
            """);
        assertThatThrownBy(() -> READER.read(noCountry, PlaceListFormat.GEOJSON))
            .hasMessageStartingWith(noCountry + ": feature 1: no country");
    }
}
