package org.orbat.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.MalformedGazetteerException;

/**
 * The sub-district (ACLED's {@code admin3}) of gazetteer places whose source has one: Syria's OCHA populated
 * places, keyed by the pcode the gazetteer names as their source ({@code OCHA/HDX C4268}). Built by
 * {@code scripts/build-subdistricts.py} from the same OCHA list as the gazetteer; other sources give none.
 * Immutable once read; threads may share it.
 */
final class Subdistricts {
    /** The classpath resource {@link #loadDefault()} reads: {@code pcode, admin3}, tab separated, gzip. */
    static final String RESOURCE = "gazetteer/sy-admin3.tsv.gz";
    private static final String OCHA = "OCHA/HDX ";

    private final Map<String, String> byPcode;

    private Subdistricts(Map<String, String> byPcode) {
        this.byPcode = Map.copyOf(byPcode);
    }

    private static final class Holder {
        static final Subdistricts DEFAULT = load(RESOURCE);
    }

    /** The shipped table, read on first use. */
    static Subdistricts loadDefault() {
        return Holder.DEFAULT;
    }

    /**
     * The sub-district of a gazetteer entry, or "" when its source gives none. The source starts with the pcode
     * ({@code OCHA/HDX C4068; names: curated spellings}); a district's seat entry names no pcode there.
     */
    String of(GazetteerPlace entry) {
        String source = entry.source();
        if (source == null || !source.startsWith(OCHA)) {
            return "";
        }
        String pcode = source.substring(OCHA.length()).split("[;\\s]", 2)[0];
        return byPcode.getOrDefault(pcode, "");
    }

    static Subdistricts load(String resource) {
        InputStream in = Subdistricts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedGazetteerException(resource, 0, "resource not found on the classpath");
        }
        try (InputStream raw = new GZIPInputStream(in);
             Reader reader = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
            return read(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Reads {@code pcode <tab> admin3} lines; {@code source} names the file in errors. */
    static Subdistricts read(String source, Reader reader) throws IOException {
        Map<String, String> out = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int n = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            n++;
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new MalformedGazetteerException(source, n, "expected pcode and sub-district, tab separated");
            }
            out.put(cols[0], cols[1]);
        }
        return new Subdistricts(out);
    }
}
