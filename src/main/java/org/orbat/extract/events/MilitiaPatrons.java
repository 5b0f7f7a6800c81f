package org.orbat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.extract.Demonyms;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Whom an unnamed militia serves, read from the words before it: "pro-government militias",
 * "pro-Iran militiamen", "Iranian-backed militias". The ACLED codebook names such a militia by its
 * patron ("Militia (Pro-Government)", "Militia (Pro-Iran)", inter code 3) rather than as an
 * unidentified armed group: its allegiance is what the report knows about it. Immutable and thread-safe.
 */
final class MilitiaPatrons {
    /** This class's words, kept as data: {@code lang/en/grammar/militia-patrons.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/militia-patrons.tsv");
    /** Words that make the patron the state of the country the event is in. */
    private static final Set<String> GOVERNMENT = GRAMMAR.words("government");
    private static final Pattern PRO = Pattern.compile("(?i)pro-?(\\p{L}+)");
    /** "Iran-backed", "Russia-aligned": a participle naming a backer or an ally (lang/en/sponsor-participles.tsv). */
    private static final Set<String> BACKING = WordTable.of(Language.ENGLISH, "sponsor-participles.tsv").words("backing", "ally", "affiliation", "dominance");
    private static final Pattern BACKED = Pattern.compile("(?i)(\\p{L}+)-(" + WordTable.alternation(BACKING) + ")");
    /** How far before the role word a patron may stand ("pro-Iran local militias"). */
    private static final int REACH = 3;

    private final Demonyms demonyms;

    MilitiaPatrons(Demonyms demonyms) {
        this.demonyms = demonyms;
    }

    /**
     * The patron of the militia whose role word begins at {@code roleBegin}: "Government" for a
     * pro-government militia, else the patron country's name; empty when the words name none.
     */
    Optional<String> patron(List<Token> t, int roleBegin) {
        for (int i = roleBegin - 1; i >= Math.max(0, roleBegin - REACH); i--) {
            String w = t.get(i).word();
            Optional<String> found = stem(t, i).flatMap(this::named);
            if (found.isPresent()) {
                return found;
            }
            // only lower-case adjectives may stand between the patron and the role word ("pro-Iran local militias")
            if (!t.get(i).pos().startsWith("JJ") || !w.equals(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The patron word that token {@code i} ends: "pro-Iran", "Iranian-backed", "pro - Iran", "Iran - backed". */
    private static Optional<String> stem(List<Token> t, int i) {
        String w = t.get(i).word();
        Matcher pro = PRO.matcher(w);
        if (pro.matches() && !w.equalsIgnoreCase("pro")) {
            return Optional.of(pro.group(1));
        }
        Matcher backed = BACKED.matcher(w);
        if (backed.matches()) {
            return Optional.of(backed.group(1));
        }
        boolean hyphen = i >= 2 && t.get(i - 1).word().matches("[-–‑]");
        if (hyphen && BACKING.contains(w.toLowerCase(Locale.ROOT))) {
            return Optional.of(t.get(i - 2).word());
        }
        if (hyphen && t.get(i - 2).word().equalsIgnoreCase("pro")) {
            return Optional.of(w);
        }
        return Optional.empty();
    }

    private Optional<String> named(String stem) {
        if (GOVERNMENT.contains(stem.toLowerCase(Locale.ROOT))) {
            return Optional.of("Government");
        }
        return Character.isUpperCase(stem.charAt(0)) ? demonyms.country(stem) : Optional.empty();
    }
}
