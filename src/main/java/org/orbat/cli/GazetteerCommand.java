package org.orbat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.PlaceLookup;
import org.orbat.extract.places.lists.PlaceList;
import org.orbat.extract.places.lists.PlaceListFormat;
import org.orbat.extract.places.lists.PlaceListReader;
import org.orbat.store.JdbcKnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat gazetteer lookup NAME [--country CC] [--db DB]}: the namesakes of a place name and why one wins;
 * {@code orbat gazetteer import FILE [--format geonames|csv|ocha|geojson] [--db DB]}: adds an analyst's place list to a
 * knowledge base's gazetteer.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Inspect or extend the gazetteer.",
    subcommands = {GazetteerCommand.Lookup.class, GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: lookup or import");
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "The places a name may mean, best first, with the reasons for each score.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "A place name as written (any spelling).")
        String name;

        @Option(names = "--country", paramLabel = "CC", description = "The article's country (ISO 3166-1 alpha-2).")
        String country;

        // No default: a lookup without --db reads the shipped gazetteer and must not create an empty orbat.db.
        @Option(names = "--db", paramLabel = "DB",
            description = "Also the places imported into this knowledge base (SQLite file or jdbc:postgresql:// URL).")
        String db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Gazetteer gazetteer = Gazetteer.loadDefault();
            if (db != null) {
                try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(db)) {
                    gazetteer = Gazetteer.loadDefaultWith(kb.importedPlaces());
                }
            }
            List<PlaceLookup.Ranked> ranked = new PlaceLookup(gazetteer).lookup(name, Optional.ofNullable(country));
            if (ranked.isEmpty()) {
                out.println("No place named '" + name + "' in the gazetteer");
                out.flush();
                return OrbatCommand.FAILED;
            }
            for (PlaceLookup.Ranked r : ranked) {
                var p = r.place();
                out.printf("%s%-28s %-2s %-24s %-24s %-12s %9.4f %9.4f  score %.2f  %s%n", r.eligible() ? "  " : "x ",
                    p.name(), p.country(), p.admin1(), p.admin2(), p.featureClass(), p.lat(), p.lon(), r.score(),
                    String.join("; ", r.reasons()));
            }
            out.flush();
            return OrbatCommand.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds a place list to the knowledge base's gazetteer; later ingests into it find these places.",
            "GeoNames dump (19 tab-separated columns); CSV: name, alternates (| or ;), lat, lon, country code, admin1"
                + " [, feature]; an OCHA populated-places CSV (NAME_EN, LATITUDE, LONGITUDE, ADM1_EN, P-codes); or a"
                + " GeoJSON FeatureCollection of points (name, country or P-code, admin1 in properties). Importing a file of the same name again replaces its places; a bad line imports nothing."})
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "FILE", description = "The place list (.csv, .geojson/.json, or .txt/.tsv for GeoNames).")
        Path file;

        @Option(names = "--format", paramLabel = "FORMAT",
            description = "geonames, csv, ocha or geojson (default: from the file name and a CSV's header).")
        String format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PlaceListFormat chosen = format == null ? PlaceListFormat.ofFile(file) : parseFormat();
            // the whole file is read and checked before the knowledge base is opened: a bad line stores nothing
            PlaceList list = new PlaceListReader(Gazetteer.loadDefault()).read(file, chosen);
            int replaced;
            try (JdbcKnowledgeBase kb = JdbcKnowledgeBase.open(database.db)) {
                replaced = kb.replacePlaceList(list.name(), list.places());
            }
            PrintWriter out = spec.commandLine().getOut();
            long countries = list.places().stream().map(GazetteerPlace::country).distinct().count();
            out.printf("Imported %d place(s) of %d country(ies) from %s into %s%s%s%n", list.places().size(), countries,
                file, database.db,
                list.alreadyKnown() > 0 ? "; " + list.alreadyKnown() + " already in the shipped gazetteer left out" : "",
                replaced > 0 ? "; replaced the " + replaced + " place(s) of the earlier import of " + list.name() : "");
            out.flush();
            return OrbatCommand.OK;
        }

        private PlaceListFormat parseFormat() {
            return switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "geonames" -> PlaceListFormat.GEONAMES;
                case "csv" -> PlaceListFormat.CSV;
                case "ocha" -> PlaceListFormat.OCHA;
                case "geojson" -> PlaceListFormat.GEOJSON;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --format '" + format + "': expected geonames, csv, ocha or geojson");
            };
        }
    }
}
