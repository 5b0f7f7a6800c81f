package org.orbat.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.orbat.OrbatException;

/**
 * Reads the curated tab-separated lexicons and tables of {@code src/main/resources}: one entry a line, blank
 * lines and {@code #} comments skipped, each row with its line number so errors can name it.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** One data line: its number in the file, the raw line, and its tab-separated columns. */
    public record Row(int line, String text, String[] columns) {
    }

    public static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new OrbatException("Missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(n, line, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new OrbatException("Cannot read resource " + resource, e);
        }
        return rows;
    }
}
