package org.orbat.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.orbat.store.KnowledgeSnapshot;

/**
 * The deletions file that goes with a release's ACLED-style CSV, as ACLED publishes one with its updates: the
 * {@code event_id_cnty} of every event an earlier release exported that this one no longer does, with the time of the
 * export ({@code event_id_cnty,deleted_timestamp}). The ids are those {@link AcledCsvExporter} writes, which stay the
 * same from export to export.
 */
public final class AcledDeletions {
    private final AcledCsvExporter exporter;
    private final Clock clock;

    public AcledDeletions(AcledCsvExporter exporter, Clock clock) {
        this.exporter = exporter;
        this.clock = clock;
    }

    /** The ids {@code before} exported and {@code after} does not, in {@code before}'s order. */
    public List<String> deleted(KnowledgeSnapshot before, KnowledgeSnapshot after) {
        Set<String> now = ids(after);
        List<String> out = new ArrayList<>();
        for (String id : ids(before)) {
            if (!now.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Writes the deletions file. */
    public void write(List<String> deleted, OutputStream out) throws IOException {
        long timestamp = clock.instant().getEpochSecond();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("event_id_cnty", "deleted_timestamp").get())) {
            for (String id : deleted) {
                csv.printRecord(id, timestamp);
            }
        }
    }

    private Set<String> ids(KnowledgeSnapshot kb) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            exporter.write(kb, buffer);
            Set<String> out = new LinkedHashSet<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(buffer.toString(StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                for (CSVRecord r : parser) {
                    out.add(r.get("event_id_cnty"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
