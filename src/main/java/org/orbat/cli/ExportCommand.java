package org.orbat.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.orbat.export.AcledCsvExporter;
import org.orbat.export.AcledDeletions;
import org.orbat.export.Exporter;
import org.orbat.export.GeoJsonExporter;
import org.orbat.export.GexfExporter;
import org.orbat.export.GraphMlExporter;
import org.orbat.export.JsonExporter;
import org.orbat.store.JdbcKnowledgeBase;
import org.orbat.store.KnowledgeSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code orbat export}: writes the knowledge base to standard output or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the knowledge base (documents, actors, relations, events with their evidence).")
final class ExportCommand implements Callable<Integer> {
    /** Format name to exporter, in the order help and error messages list them. */
    static final Map<String, Exporter> FORMATS = formats();

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "json", description = "Output format: json, acled-csv, geojson, graphml or gexf (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--release", paramLabel = "NAME", description = "Export release NAME (see 'orbat release') instead of the knowledge base as it is now.")
    String release;

    @Option(names = "--deletions-since", paramLabel = "RELEASE",
        description = "With --format acled-csv and -o FILE: also write FILE's deletions file (FILE with .deletions.csv): the events "
            + "release RELEASE exported that this export no longer holds, as ACLED publishes with its updates.")
    String deletionsSince;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = FORMATS.get(format);
        if (exporter == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Unknown format '" + format + "'; choose one of " + String.join(", ", FORMATS.keySet()));
        }
        if (deletionsSince != null && (!"acled-csv".equals(format) || output == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--deletions-since goes with --format acled-csv and -o FILE");
        }
        KnowledgeSnapshot snapshot;
        try (JdbcKnowledgeBase kb = release == null ? JdbcKnowledgeBase.open(database.db) : openRelease(release)) {
            snapshot = kb.snapshot();
        }
        if (deletionsSince != null) {
            KnowledgeSnapshot before;
            try (JdbcKnowledgeBase kb = openRelease(deletionsSince)) {
                before = kb.snapshot();
            }
            AcledDeletions deletions = new AcledDeletions((AcledCsvExporter) exporter, java.time.Clock.systemUTC());
            List<String> deleted = deletions.deleted(before, snapshot);
            String name = output.getFileName().toString().replaceFirst("\\.csv$", "");
            writeAtomically(output.resolveSibling(name + ".deletions.csv"), out -> deletions.write(deleted, out));
        }
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            exporter.write(snapshot, new NonClosing(out));
            out.flush();
        } else {
            writeAtomically(output, out -> exporter.write(snapshot, out));
        }
        return OrbatCommand.OK;
    }

    /** What writes one file. */
    @FunctionalInterface
    private interface FileWrite {
        void to(OutputStream out) throws IOException;
    }

    /**
     * Writes beside the target and moves into place, so a failed export never leaves half a file. Not
     * Files.createTempFile: it makes the file 0600 whatever the umask, and the export is for sharing.
     */
    private static void writeAtomically(Path target, FileWrite write) throws IOException {
        Path tmp = target.toAbsolutePath().getParent().resolve(".orbat-export-" + UUID.randomUUID() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE))) {
            write.to(out);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private JdbcKnowledgeBase openRelease(String name) {
        return QuerySession.openRelease(database.db, name, "export: ");
    }

    private static Map<String, Exporter> formats() {
        Map<String, Exporter> formats = new LinkedHashMap<>();
        formats.put("json", new JsonExporter());
        formats.put("acled-csv", new AcledCsvExporter());
        formats.put("geojson", new GeoJsonExporter());
        formats.put("graphml", new GraphMlExporter());
        formats.put("gexf", new GexfExporter());
        return Collections.unmodifiableMap(formats);
    }

    /** Keeps the exporter from closing standard output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
