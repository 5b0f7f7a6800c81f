package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.orbat.nlp.Token;

/**
 * Recognises a running tally of a war or a period rather than one incident's toll: "since 2011", "since the start of
 * the conflict", "killed in Syria's civil war", "the conflict has claimed the lives of", "so far", "in the past two
 * months", "a month of infighting". The ACLED codebook gives each event the deaths of its own day and place and
 * splits a total over days or places among them ("Reported fatalities"), so a tally is never one event's toll.
 * A count in the thousands is a tally too unless its clause names the incident ("the chemical attack killed 1,400"):
 * no single report of a strike or a clash counts thousands of dead without saying which. Stateless.
 */
final class CumulativeTally {
    private static final Set<String> BEGINNINGS = Set.of("start", "beginning", "outbreak", "onset", "outset");
    private static final Lexicon WAR_NOUNS = Lexicon.load("cumulative-cues");
    private static final Lexicon INCIDENTS = Lexicon.load("incident-nouns");
    /**
     * Words after "since" that count back only days, as a report of one day's or one raid's toll does ("since
     * Wednesday afternoon", "since dawn"); such a toll stays an event's.
     */
    private static final Set<String> RECENT = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "dawn", "morning", "midnight", "noon", "last", "early", "overnight");
    /** Time units whose presence in a toll's clause makes the toll a period's ("in two months", "five years"). */
    private static final Set<String> LONG_UNITS = Set.of("weeks", "month", "months", "year", "years");
    private static final int LARGEST_UNNAMED_INCIDENT = 1000;
    private static final Set<String> MONITORS = Set.of("monitor", "monitors", "monitoring", "tracking", "covering",
            "correspondent", "reporter");
    /** More than three days: "the last 10 days", "the past five days". */
    private static final Pattern MANY_DAYS = Pattern.compile(
            "[4-9]|\\d\\d+|four|five|six|seven|eight|nine|ten|several|few");
    /** Spans of many events; "the past two days" is still the toll ACLED-style reports give one incident. */
    private static final Set<String> SPANS = Set.of("weeks", "months", "years");

    private CumulativeTally() {
    }

    /** Whether the whole sentence counts from the start of the war ("since the outbreak of the conflict"). */
    static boolean mentionedIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!Words.lower(tokens, i).equals("since")) {
                continue;
            }
            String next = Words.lower(tokens, i + 1);
            if (next.matches("(19|20)\\d\\d") || BEGINNINGS.contains(Words.lower(tokens, i + 2))
                    || next.equals("the") && WAR_NOUNS.contains(Words.lower(tokens, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code toll} is a tally by the words of its clause. */
    static boolean covers(List<Token> tokens, Toll toll) {
        Clause clause = Clause.around(tokens, toll.tokenBegin());
        boolean incident = false;
        boolean oneIncident = false;
        boolean war = false;
        boolean period = false;
        for (int i = clause.begin(); i < clause.end(); i++) {
            String word = Words.lower(tokens, i);
            oneIncident |= INCIDENTS.contains(word) && !word.endsWith("s");
            if (word.equals("since") && !RECENT.contains(Words.lower(tokens, i + 1)) || word.equals("so") && Words.lower(tokens, i + 1).equals("far")
                    || word.equals("to") && Words.lower(tokens, i + 1).equals("date") || pastSpan(tokens, i)) {
                return true;
            }
            incident |= INCIDENTS.contains(word);
            war |= WAR_NOUNS.contains(word) && !namesAMonitor(tokens, i);
            period |= LONG_UNITS.contains(word) && (i < toll.tokenBegin() || i >= toll.tokenEnd());
        }
        // One named incident ("the attack killed 40, the deadliest of the war") outweighs a war or period word;
        // plural incidents ("air raids have killed 1,200 in the past month") are a tally themselves.
        if ((war || period) && !oneIncident) {
            return true;
        }
        return !incident && toll.count() > LARGEST_UNNAMED_INCIDENT;
    }

    /**
     * "a war monitor said", "an organisation monitoring the conflict said": the war noun names who reports, not
     * what the count covers.
     */
    private static boolean namesAMonitor(List<Token> tokens, int war) {
        return MONITORS.contains(Words.lower(tokens, war + 1)) || MONITORS.contains(Words.lower(tokens, war - 1))
                || MONITORS.contains(Words.lower(tokens, war - 2));
    }

    /** "in the past two weeks", "over the last few months", "over the past year": a span of many events. */
    private static boolean pastSpan(List<Token> tokens, int i) {
        String word = Words.lower(tokens, i);
        if (!word.equals("past") && !word.equals("last")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            String unit = Words.lower(tokens, j);
            if (SPANS.contains(unit) || word.equals("past") && (unit.equals("year") || unit.equals("month"))
                    || unit.equals("days") && MANY_DAYS.matcher(Words.lower(tokens, j - 1)).matches()) {
                return true;
            }
        }
        return false;
    }
}
