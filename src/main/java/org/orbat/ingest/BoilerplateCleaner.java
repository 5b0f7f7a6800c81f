package org.orbat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from report text, line by line: menus, donate and bookshop links, share
 * bars, comment widgets, copy-protection notices, language switchers, reading-time badges, cookie
 * banners, copyright lines, republication footers, bylines and a repeated headline or pull quote.
 *
 * <p>Rules are general and line-level, never keyed to one site; the phrases live in
 * {@code ingest/boilerplate.txt}. A line is removed when
 * <ul>
 *   <li>it matches a pattern (most patterns only apply to lines of at most {@value #SHORT_WORDS} words,
 *       so prose survives);</li>
 *   <li>it is short, has no sentence end, and is mostly navigation words ("Bookshop | Donate");</li>
 *   <li>it has no letter or digit ("* * *");</li>
 *   <li>it is a byline among the first or last lines: a date alone, or a name next to such a date;</li>
 *   <li>it repeats an earlier headline line or sentence (pull quotes): its words survive in the first copy;</li>
 *   <li>it is weak page chrome next to removed lines: a "Site | Section" menu, a very short line between
 *       two removed lines, or a short line whose text recurs inside a removed line (the site name).</li>
 * </ul>
 * The last three rules are applied again to the lines they kept until they remove nothing more, so
 * cleaning cleaned text changes nothing. Paragraph breaks are kept (one blank line at most) and each
 * line is trimmed.
 *
 * <p>Immutable; threads may share it.
 */
public final class BoilerplateCleaner {
    static final int SHORT_WORDS = 12;
    private static final int EDGE_LINES = 12;
    private static final int PULL_QUOTE_MIN_CHARS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?۔。]([\"'”’)\\]]*)$");
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?])[\"'”’]?\\s+");
    private static final Pattern NON_ASCII_SPACE = Pattern.compile("[\\p{Zs}&&[^ ]]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|•·/»›>–—]+");
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "^(by\\s+)?\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}$", Pattern.UNICODE_CASE);
    private static final Pattern BY_AUTHOR = Pattern.compile(
            "^by\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+(and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final BoilerplateRules rules;

    /** A cleaner with the rules shipped in {@code ingest/boilerplate.txt}. */
    public BoilerplateCleaner() {
        this(BoilerplateRules.load());
    }

    BoilerplateCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The text without boilerplate lines; never null, empty when nothing but boilerplate was there. */
    public String clean(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = plainSpaces(lines[i]).strip();
        }
        boolean[] removed = new boolean[lines.length];
        List<Integer> judged = nonBlank(lines);
        for (int i : judged) {
            removed[i] = isBoilerplate(lines[i]);
        }
        // The rules that look at positions and neighbours are applied again to the lines they kept, until
        // they keep them all: cleaning the output then finds nothing more, so cleaning is idempotent. One
        // pass was not: a menu removed as weak chrome moved a repeated headline into the first lines only
        // on the second pass (Jazzer, pipe-menu-chrome-second-pass). The line patterns need no second look,
        // since a kept line did not match them.
        while (true) {
            removeInContext(lines, judged, removed);
            List<Integer> kept = kept(judged, removed);
            if (kept.size() == judged.size()) {
                return join(lines, removed);
            }
            judged = kept;
        }
    }

    /** Whether one line, seen alone, is page furniture rather than article text. */
    public boolean isBoilerplate(String line) {
        String trimmed = plainSpaces(line).strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        for (var pattern : rules.anyLinePatterns()) {
            if (pattern.matcher(trimmed).find()) {
                return true;
            }
        }
        if (wordCount(trimmed, SHORT_WORDS + 1) > SHORT_WORDS) {
            return false;
        }
        for (var pattern : rules.shortLinePatterns()) {
            if (pattern.matcher(trimmed).find()) {
                return true;
            }
        }
        return isNavigation(trimmed);
    }

    private boolean isNavigation(String line) {
        if (SENTENCE_END.matcher(line).find()) {
            return false;
        }
        String[] tokens = SEPARATORS.split(line.toLowerCase(Locale.ROOT));
        int words = 0;
        int navigation = 0;
        for (String token : tokens) {
            String word = token.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (rules.navigationWords().contains(word)) {
                navigation++;
            }
        }
        return words > 0 && navigation >= Math.min(2, words) && navigation * 5 >= words * 3;
    }

    /** Marks bylines, repeats and weak chrome among the {@code content} lines, given those already removed. */
    private static void removeInContext(String[] lines, List<Integer> content, boolean[] removed) {
        removeBylines(lines, content, removed);
        removeRepeats(lines, content, removed);
        removeWeakChrome(lines, content, removed);
    }

    private static void removeBylines(String[] lines, List<Integer> content, boolean[] removed) {
        for (int k = 0; k < content.size(); k++) {
            int i = content.get(k);
            boolean edge = k < EDGE_LINES || k >= content.size() - EDGE_LINES;
            if (!edge || removed[i]) {
                continue;
            }
            if (BY_AUTHOR.matcher(lines[i]).matches() || isDateOnly(lines[i])) {
                removed[i] = true;
            }
        }
        for (int k = 0; k < content.size(); k++) {
            int i = content.get(k);
            if (removed[i] || !BYLINE_NAME.matcher(lines[i]).matches() || wordCount(lines[i], 6) > 5) {
                continue;
            }
            boolean besideDate = (k > 0 && isDateOnly(lines[content.get(k - 1)]))
                    || (k + 1 < content.size() && isDateOnly(lines[content.get(k + 1)]));
            if (besideDate) {
                removed[i] = true;
            }
        }
    }

    private static boolean isDateOnly(String line) {
        if (line.length() > 80) {
            return false;
        }
        List<DateExpressions.Found> found = DateExpressions.findAll(line);
        if (found.size() != 1) {
            return false;
        }
        DateExpressions.Found date = found.get(0);
        String rest = (line.substring(0, date.start()) + line.substring(date.end()))
                .replaceAll("\\d{1,2}:\\d{2}(:\\d{2})?\\s*(?i:am|pm)?|[\\s,.;:|/\\-–—()]|(?i:\\b(at|et|gmt|utc)\\b)", "");
        return rest.isEmpty();
    }

    private static void removeRepeats(String[] lines, List<Integer> content, boolean[] removed) {
        Set<String> earlierLines = new HashSet<>();
        Set<String> earlierSentences = new HashSet<>();
        // "Among the first lines" counts the lines still kept, not those already removed: cleaning the
        // output again sees only those (a fuzzed byline above a repeat broke idempotence).
        int kept = 0;
        for (int i : content) {
            if (removed[i]) {
                continue;
            }
            String normal = normalize(lines[i]);
            boolean repeatedHeadline = kept < 5 && earlierLines.contains(normal);
            boolean pullQuote = normal.length() >= PULL_QUOTE_MIN_CHARS
                    && (earlierLines.contains(normal) || earlierSentences.contains(normal));
            if (repeatedHeadline || pullQuote) {
                removed[i] = true;
                continue;
            }
            kept++;
            earlierLines.add(normal);
            for (String sentence : SENTENCE_SPLIT.split(lines[i])) {
                String s = normalize(sentence);
                if (s.length() >= PULL_QUOTE_MIN_CHARS) {
                    earlierSentences.add(s);
                }
            }
        }
    }

    private static void removeWeakChrome(String[] lines, List<Integer> content, boolean[] removed) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < content.size(); k++) {
                int i = content.get(k);
                if (removed[i]) {
                    continue;
                }
                boolean before = k > 0 && removed[content.get(k - 1)];
                boolean after = k + 1 < content.size() && removed[content.get(k + 1)];
                if ((before || after) && isPipeMenu(lines[i])) {
                    removed[i] = true;
                } else if (before && after && isFragment(lines[i], 3)) {
                    removed[i] = true;
                }
            }
        }
        List<String> removedText = new ArrayList<>();
        for (int i : content) {
            if (removed[i] && lines[i].length() < 300) {
                removedText.add(normalize(lines[i]));
            }
        }
        for (int k = 0; k < content.size(); k++) {
            int i = content.get(k);
            boolean atEdge = k < EDGE_LINES || k >= content.size() - EDGE_LINES;
            if (removed[i] || !atEdge || !isFragment(lines[i], 4)) {
                continue;
            }
            String normal = normalize(lines[i]);
            boolean echoed = removedText.stream().anyMatch(r -> !r.equals(normal) && r.contains(normal));
            boolean besideRemoved = (k > 0 && removed[content.get(k - 1)])
                    || (k + 1 < content.size() && removed[content.get(k + 1)]);
            if (echoed && besideRemoved) {
                removed[i] = true;
            }
        }
    }

    /** "Derechos | Equipo Nizkor": two or more short pieces joined by bars. */
    private static boolean isPipeMenu(String line) {
        String[] parts = line.split("\\s*\\|\\s*");
        if (parts.length < 2 || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || wordCount(part, 4) > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFragment(String line, int maxWords) {
        return !SENTENCE_END.matcher(line).find() && wordCount(line, maxWords + 1) <= maxWords;
    }

    /** Counts words, stopping early past {@code limit} so a megabyte line costs little. */
    static int wordCount(String line, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && words <= limit; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** No-break and other Unicode spaces become plain spaces, so "\u00A0\u00A0Bookshop" trims like any line. */
    static String plainSpaces(String line) {
        return NON_ASCII_SPACE.matcher(line).replaceAll(" ");
    }

    private static String normalize(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Integer> nonBlank(String[] lines) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static List<Integer> kept(List<Integer> content, boolean[] removed) {
        List<Integer> kept = new ArrayList<>(content.size());
        for (int i : content) {
            if (!removed[i]) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static String join(String[] lines, boolean[] removed) {
        StringBuilder out = new StringBuilder();
        boolean pendingBreak = false;
        for (int i = 0; i < lines.length; i++) {
            if (removed[i]) {
                continue;
            }
            if (lines[i].isEmpty()) {
                pendingBreak = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBreak ? "\n\n" : "\n");
            }
            out.append(lines[i]);
            pendingBreak = false;
        }
        return out.toString();
    }
}
