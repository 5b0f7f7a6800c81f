package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.cli.IngestCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.store.JdbcKnowledgeBase;

/** {@code orbat gazetteer import} through the command line, with place lists (invented villages) written here. */
class GazetteerImportCommandTest {
    private static final String VILLAGES = """
        name,alternates,lat,lon,country,admin1
        Ndugu Kwenye,Ndugukwenye,-1.05,36.95,KE,Kiambu
        Ol Tepesi Juu,,-0.47,39.62,KE,Garissa
        """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<GazetteerPlace> imported(String db) {
        try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
            return kb.importedPlaces();
        }
    }

    @Test
    void importedCsvPlacesAreStoredAndShownByLookup() throws IOException {
        String db = dir.resolve("kb.db").toString();
        Run before = run("gazetteer", "lookup", "Ndugu Kwenye", "--db", db);
        assertThat(before.code()).isEqualTo(OrbatCommand.FAILED);
        Run imported = run("gazetteer", "import", write("villages.csv", VILLAGES).toString(), "--db", db);
        assertThat(imported.code()).as(imported.err()).isEqualTo(OrbatCommand.OK);
        assertThat(imported.out()).startsWith("Imported 2 place(s) of 1 country(ies) from ");
        assertThat(imported(db)).extracting(GazetteerPlace::name).containsExactly("Ndugu Kwenye", "Ol Tepesi Juu");
        Run lookup = run("gazetteer", "lookup", "Ndugukwenye", "--db", db);
        assertThat(lookup.code()).isEqualTo(OrbatCommand.OK);
        assertThat(lookup.out()).contains("Ndugu Kwenye").contains("KE").contains("Kiambu");
    }

    @Test
    void aBadLineImportsNothingAndKeepsTheEarlierList() throws IOException {
        String db = dir.resolve("kb.db").toString();
        assertThat(run("gazetteer", "import", write("villages.csv", VILLAGES).toString(), "--db", db).code()).isZero();
        Path bad = write("villages.csv", VILLAGES + "Kwa Mzee Tatu,,-1.2,thirty-six,KE,Kiambu\n");
        Run run = run("gazetteer", "import", bad.toString(), "--db", db);
        assertThat(run.code()).isEqualTo(OrbatCommand.FAILED);
        assertThat(run.err().strip()).isEqualTo("orbat: " + bad + ":4: longitude 'thirty-six' is not a number");
        assertThat(imported(db)).hasSize(2);
    }

    @Test
    void importingAListOfTheSameNameAgainReplacesIt() throws IOException {
        String db = dir.resolve("kb.db").toString();
        assertThat(run("gazetteer", "import", write("villages.csv", VILLAGES).toString(), "--db", db).code()).isZero();
        Path shorter = write("villages.csv", "Ol Tepesi Juu,,-0.47,39.62,KE,Garissa\n");
        Run again = run("gazetteer", "import", shorter.toString(), "--db", db);
        assertThat(again.out()).contains("replaced the 2 place(s) of the earlier import of villages.csv");
        assertThat(imported(db)).extracting(GazetteerPlace::name).containsExactly("Ol Tepesi Juu");
        Path other = write("bases.csv", "Camp Tembo Kali,,-1.40,36.70,KE,Kajiado,military_base\n");
        assertThat(run("gazetteer", "import", other.toString(), "--db", db).code()).isZero();
        assertThat(imported(db)).as("another file is another list").hasSize(2);
    }

    @Test
    void importsAGeoNamesDumpGivenItsFormatExplicitly() throws IOException {
        String db = dir.resolve("kb.db").toString();
        List<String> rows = new ArrayList<>();
        rows.add(String.join("\t", "99000001", "Ndugu Kwenye", "Ndugu Kwenye", "Ndugukwenye", "-1.05", "36.95", "P", "PPL",
            "KE", "", "08", "", "", "", "1500", "", "1700", "Africa/Nairobi", "2024-01-01"));
        Path dump = write("kenya-extra.dat", String.join("\n", rows) + "\n");
        Run noFormat = run("gazetteer", "import", dump.toString(), "--db", db);
        assertThat(noFormat.code()).isEqualTo(OrbatCommand.FAILED);
        assertThat(noFormat.err()).contains("cannot tell the format");
        Run run = run("gazetteer", "import", dump.toString(), "--format", "geonames", "--db", db);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(imported(db)).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("GeoNames 99000001");
            assertThat(p.admin1()).isEqualTo("Kiambu");
        });
        assertThat(run("gazetteer", "import", dump.toString(), "--format", "kml", "--db", db).code())
            .isEqualTo(OrbatCommand.USAGE);
    }

    @Test
    void importsAnOchaTableAndAGeoJsonFileTellingTheirFormatsApart() throws IOException {
        String db = dir.resolve("kb.db").toString();
        Path ocha = write("ken_ppl.csv", """
            ADM0_PCODE,ADM1_EN,ADM1_PCODE,NAME_EN,LATITUDE,LONGITUDE
            KE,Kiambu,KE022,Ndugu Kwenye,-1.05,36.95
            """);
        Run fromOcha = run("gazetteer", "import", ocha.toString(), "--db", db);
        assertThat(fromOcha.code()).as(fromOcha.err()).isZero();
        Path points = write("bases.geojson", """
            {"type": "FeatureCollection", "features": [{"type": "Feature",
              "geometry": {"type": "Point", "coordinates": [39.62, -0.47]},
              "properties": {"name": "Ol Tepesi Juu", "country": "KE"}}]}
            """);
        Run fromGeoJson = run("gazetteer", "import", points.toString(), "--db", db);
        assertThat(fromGeoJson.code()).as(fromGeoJson.err()).isZero();
        assertThat(imported(db)).extracting(p -> p.name() + "/" + p.admin1())
            .containsExactlyInAnyOrder("Ndugu Kwenye/Kiambu", "Ol Tepesi Juu/Garissa");
        Run lookup = run("gazetteer", "lookup", "Ol Tepesi Juu", "--country", "KE", "--db", db);
        assertThat(lookup.out()).contains("Ol Tepesi Juu").contains("Garissa");
        Path polygon = write("areas.geojson", Files.readString(points).replace("\"Point\", \"coordinates\": [39.62, -0.47]",
            "\"LineString\", \"coordinates\": [[39.62, -0.47], [39.7, -0.5]]"));
        Run bad = run("gazetteer", "import", polygon.toString(), "--db", db);
        assertThat(bad.code()).isEqualTo(OrbatCommand.FAILED);
        assertThat(bad.err().strip()).isEqualTo("orbat: " + polygon + ": feature 1: geometry is LineString, not a Point");
    }

    @Test
    void anIngestIntoTheKnowledgeBasePlacesAnEventAtAnImportedVillage() throws IOException {
        String db = dir.resolve("kb.db").toString();
        assertThat(run("gazetteer", "import", write("villages.csv", VILLAGES).toString(), "--db", db).code()).isZero();
        Path article = write("raid.txt", """
            Gunmen raid village in central Kenya
            Published: March 3, 2024

            Gunmen attacked the village of Ndugu Kwenye in Kiambu County on Saturday night, killing two farmers, police said.
            """);
        Run ingest = run("ingest", "--db", db, "--threads", "1", article.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        Path json = dir.resolve("kb.json");
        assertThat(run("export", "--db", db, "--format", "json", "-o", json.toString()).code()).isZero();
        JsonNode events = new ObjectMapper().readTree(json.toFile()).get("events");
        List<String> places = new ArrayList<>();
        events.forEach(e -> e.get("locations").forEach(l -> places.add(l.get("name").asText() + "/" + l.get("admin1").asText())));
        assertThat(places).contains("Ndugu Kwenye/Kiambu");
    }
}
