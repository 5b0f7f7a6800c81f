package org.orbat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds when a report was published, from the places news pages put that date, and records which
 * place it came from. Dates inside the story ("In September of 2014", "last November") are event
 * dates and are never taken: a report whose only dates are in its prose gets no publication date.
 *
 * <p>Places, most trusted first (the {@code how} recorded is {@code text:<place>}):
 * <ol>
 *   <li>{@code source-line}: an attribution such as "[Source: By ..., The Long War Journal, 07Oct14]",
 *       which dates the original publication even when the page is a later copy;</li>
 *   <li>{@code published-label}: a short line "Published: 1 March 2015" / "Posted on ...";</li>
 *   <li>{@code byline}: a line that is nothing but a date (weekday and time allowed, as in
 *       "Sat, 11/30/2024 – 21:11") among the first or last lines;</li>
 *   <li>{@code dateline}: a date opening the first line ("Wed 05 Apr 2017 Syria attack ...",
 *       "BEIRUT, March 1, 2015 -", "Posted on April 4 2017 by ...", "27-02-2016 Syrian army ...");</li>
 *   <li>{@code republished}: a republisher's footer "This document has been published on 09Oct14 by ...";</li>
 *   <li>{@code updated-label}: a short line "Updated 2 March 2015", the last resort.</li>
 * </ol>
 * Within one place the first occurrence wins. Stateless; threads may share it.
 */
public final class PublicationDateDetector {

    private enum Place {
        SOURCE_LINE("source-line"), PUBLISHED_LABEL("published-label"), BYLINE("byline"), DATELINE("dateline"),
        REPUBLISHED("republished"), UPDATED_LABEL("updated-label");

        final String how;

        Place(String how) {
            this.how = "text:" + how;
        }
    }

    private record Candidate(Place place, int line, DetectedDate date) {
    }

    /** How many non-blank lines at each end of a report count as its head and tail. */
    private static final int EDGE_LINES = 12;
    /** Labelled dates sit on short lines; a longer line is prose that happens to say "published". */
    private static final int LABEL_MAX_WORDS = 16;
    private static final int DATELINE_WINDOW = 80;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // These labels stay in code, not in lang/en: each is a line shape (a label at a line's start, after a "|"
    // separator, before ":" or "on"), and its words are few and only mean something in that shape; a word list
    // apart from its pattern would hide what is matched. Months and weekdays come from lang/en (DateExpressions).
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[\\[(]?\\s*(source|sources|fuente|originally published|original source)\\b\\s*:?", FLAGS);
    private static final Pattern REPUBLISHED = Pattern.compile(
            "\\b(this (document|article|story|report) (has been|was) (re)?published|republished|reposted)\\b", FLAGS);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "^(?:.*[|•·]\\s*)?(published|posted|first published|date|publication date)\\b\\s*(on|:)?", FLAGS);
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "^(?:.*[|•·]\\s*)?(updated|last updated|last modified|modified)\\b\\s*(on|:)?", FLAGS);
    /** What may surround a date on a byline line: weekday names are in the date, so times, zones, dashes. */
    private static final Pattern BYLINE_RESIDUE = Pattern.compile(
            "(\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?|\\b(at|on|et|est|edt|gmt|utc|bst|cet|cest|ast"
                    + "|local time)\\b|[\\s,.;:|/\\-–—()\\[\\]•·])", FLAGS);
    private static final Pattern DATELINE_LEAD = Pattern.compile(
            "^(?:(?:posted|published|first published|date of publication|publication date|updated|last updated)"
                    + "(?:\\s+(?:on|at))?\\s*:?\\s*)?([\\p{Lu}][\\p{L}.'’-]*(\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3},\\s*)*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** The publication date of {@code text}, or empty when the text gives none outside its story. */
    public Optional<DetectedDate> detect(String text) {
        List<String> lines = nonBlankLines(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean edge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
            inspect(line, i, edge, candidates);
        }
        if (!lines.isEmpty()) {
            dateline(lines.get(0)).ifPresent(d -> candidates.add(new Candidate(Place.DATELINE, 0, d)));
        }
        return candidates.stream()
                .min(Comparator.comparing(Candidate::place).thenComparingInt(Candidate::line))
                .map(Candidate::date);
    }

    private static void inspect(String line, int index, boolean edge, List<Candidate> into) {
        if (SOURCE_LINE.matcher(line).find()) {
            lastDate(line).ifPresent(d -> into.add(new Candidate(Place.SOURCE_LINE, index,
                    new DetectedDate(d.date(), Place.SOURCE_LINE.how))));
            return;
        }
        if (REPUBLISHED.matcher(line).find()) {
            firstDate(line).ifPresent(d -> into.add(new Candidate(Place.REPUBLISHED, index,
                    new DetectedDate(d.date(), Place.REPUBLISHED.how))));
            return;
        }
        if (!shortLine(line)) {
            return;
        }
        if (PUBLISHED_LABEL.matcher(line).find()) {
            add(line, index, Place.PUBLISHED_LABEL, into);
        } else if (UPDATED_LABEL.matcher(line).find()) {
            add(line, index, Place.UPDATED_LABEL, into);
        } else if (edge) {
            List<DateExpressions.Found> found = DateExpressions.findAll(line);
            if (found.size() == 1 && onlyDate(line, found.get(0))) {
                into.add(new Candidate(Place.BYLINE, index, new DetectedDate(found.get(0).date(), Place.BYLINE.how)));
            }
        }
    }

    private static void add(String line, int index, Place place, List<Candidate> into) {
        DateExpressions.first(line)
                .ifPresent(d -> into.add(new Candidate(place, index, new DetectedDate(d.date(), place.how))));
    }

    private static Optional<DetectedDate> dateline(String firstLine) {
        String head = firstLine.length() > DATELINE_WINDOW ? firstLine.substring(0, DATELINE_WINDOW) : firstLine;
        java.util.regex.Matcher lead = DATELINE_LEAD.matcher(head);
        int leadEnd = lead.lookingAt() ? lead.end() : 0;
        List<DateExpressions.Found> found = DateExpressions.findAll(head);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateExpressions.Found first = found.get(0);
        if (first.start() != 0 && first.start() != leadEnd) {
            return Optional.empty();
        }
        return Optional.of(new DetectedDate(first.date(), Place.DATELINE.how));
    }

    private static Optional<DateExpressions.Found> lastDate(String line) {
        List<DateExpressions.Found> found = DateExpressions.findAll(line);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private static Optional<DateExpressions.Found> firstDate(String line) {
        List<DateExpressions.Found> found = DateExpressions.findAll(line);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static boolean onlyDate(String line, DateExpressions.Found date) {
        String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
        return BYLINE_RESIDUE.matcher(rest).replaceAll("").isEmpty();
    }

    static boolean shortLine(String line) {
        if (line.length() > 200) {
            return false;
        }
        return line.trim().split("\\s+").length <= LABEL_MAX_WORDS;
    }

    static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = BoilerplateCleaner.plainSpaces(line).strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return lines;
    }
}
