package org.orbat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that published a report, from the text alone (metadata, when a format has it,
 * wins and is applied by the caller).
 *
 * <ol>
 *   <li>A source line "[Source: By Caleb Weiss, Threat Matrix, The Long War Journal, 07Oct14]" names
 *       the original outlet: a known outlet among its comma-separated parts, otherwise the last part
 *       that is not the author ("By ..."), a date or a short place code ("NJ").</li>
 *   <li>A republisher footer "This document has been published on ... by the X and Y." names the
 *       republisher; with a source line the result reads "Original (via Republisher)".</li>
 *   <li>Otherwise a known outlet ({@code ingest/outlets.txt}) named on a short line among the first or
 *       last lines (a byline, a sign-off, "Source: Reuters"), or in a wire dateline "BEIRUT (Reuters) -".
 *       Long lines are prose: an outlet quoted in the story is not the publisher.</li>
 * </ol>
 * Immutable; threads may share it.
 */
public final class OutletDetector {
    private static final int EDGE_LINES = 5;
    private static final int BYLINE_MAX_WORDS = 8;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[\\[(]?\\s*(?:source|sources|fuente|original source)\\s*:\\s*(.+?)[\\])]?\\s*$", FLAGS);
    private static final Pattern REPUBLISHER = Pattern.compile(
            "\\b(?:has been|was) (?:re)?published on .{1,40}? by (?:the )?(.+?)(?:\\s+and\\s+|[.,;]|$)", FLAGS);
    private static final Pattern WIRE_DATELINE = Pattern.compile("\\(([^()]{2,40})\\)\\s*[-–—]");
    private static final Pattern PLACE_CODE = Pattern.compile("\\p{Lu}{1,3}");

    private final KnownOutlets known;

    /** A detector knowing the outlets shipped in {@code ingest/outlets.txt}. */
    public OutletDetector() {
        this(KnownOutlets.load());
    }

    OutletDetector(KnownOutlets known) {
        this.known = known;
    }

    /** The outlet named in {@code text}, or empty when none is named where outlets sign. */
    public Optional<String> detect(String text) {
        List<String> lines = PublicationDateDetector.nonBlankLines(text);
        Optional<String> original = Optional.empty();
        Optional<String> republisher = Optional.empty();
        for (String line : lines) {
            Matcher source = SOURCE_LINE.matcher(line);
            if (original.isEmpty() && source.matches()) {
                original = fromSourceLine(source.group(1));
            }
            Matcher footer = REPUBLISHER.matcher(line);
            if (republisher.isEmpty() && footer.find()) {
                String name = footer.group(1).strip();
                republisher = Optional.of(known.exactly(name).orElse(name));
            }
        }
        if (original.isPresent() && republisher.isPresent() && !original.equals(republisher)) {
            return Optional.of(original.get() + " (via " + republisher.get() + ")");
        }
        Optional<String> copiedBy = republisher;
        return original.or(() -> copiedBy).or(() -> fromEdges(lines));
    }

    private Optional<String> fromSourceLine(String attribution) {
        List<String> parts = new ArrayList<>();
        for (String part : attribution.split(",")) {
            String p = part.strip();
            if (p.isEmpty() || p.regionMatches(true, 0, "by ", 0, 3) || !DateExpressions.findAll(p).isEmpty()
                    || PLACE_CODE.matcher(p).matches() || p.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            Optional<String> knownName = known.exactly(p);
            if (knownName.isPresent()) {
                return knownName;
            }
            parts.add(p);
        }
        return parts.isEmpty() ? known.find(attribution) : Optional.of(parts.get(parts.size() - 1));
    }

    private Optional<String> fromEdges(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= EDGE_LINES && i < lines.size() - EDGE_LINES) {
                continue;
            }
            String line = lines.get(i);
            if (BoilerplateCleaner.wordCount(line, BYLINE_MAX_WORDS + 1) <= BYLINE_MAX_WORDS) {
                Optional<String> found = known.find(line);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (i < 3) {
                Matcher wire = WIRE_DATELINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
                if (wire.find()) {
                    Optional<String> found = known.exactly(wire.group(1));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
