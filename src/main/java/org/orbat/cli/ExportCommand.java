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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.orbat.export.AcledCsvExporter;
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
        KnowledgeSnapshot snapshot;
        try (JdbcKnowledgeBase kb = release == null ? JdbcKnowledgeBase.open(database.db) : openRelease()) {
            snapshot = kb.snapshot();
        }
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            exporter.write(snapshot, new NonClosing(out));
            out.flush();
        } else {
            // Write beside the target and move into place, so a failed export never leaves half a file. Not
            // Files.createTempFile: it makes the file 0600 whatever the umask, and the export is for sharing.
            Path tmp = output.toAbsolutePath().getParent().resolve(".orbat-export-" + UUID.randomUUID() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
                exporter.write(snapshot, out);
            } catch (IOException | UncheckedIOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return OrbatCommand.OK;
    }

    private JdbcKnowledgeBase openRelease() {
        try {
            return JdbcKnowledgeBase.openRelease(QuerySession.requireExisting(database.db), release);
        } catch (IllegalArgumentException e) {
            throw new org.orbat.OrbatException("export: " + e.getMessage(), e);
        }
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
