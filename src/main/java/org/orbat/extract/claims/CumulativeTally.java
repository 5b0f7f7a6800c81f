package org.orbat.extract.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Recognises a running tally of a war or a period rather than one incident's toll: "since 2011", "since the start of
 * the conflict", "killed in Syria's civil war", "the conflict has claimed the lives of", "so far", "in the past two
 * months", "a month of infighting", a campaign's toll so far ("the battle has killed 300", "air strikes have killed
 * hundreds"), several incidents ("a string of bombings") and several days ("killed on Thursday and Friday"). The ACLED codebook gives each event the deaths of its own day and place and
 * splits a total over days or places among them ("Reported fatalities"), so a tally is never one event's toll.
 * A count in the thousands is a tally too unless its clause names the incident ("the chemical attack killed 1,400"):
 * no single report of a strike or a clash counts thousands of dead without saying which. Stateless.
 */
final class CumulativeTally {
    /** This class's words, kept as data: {@code lang/en/grammar/cumulative-tally.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/cumulative-tally.tsv");
    private static final Set<String> BEGINNINGS = GRAMMAR.words("beginnings");
    private static final Lexicon WAR_NOUNS = Lexicon.load("cumulative-cues");
    private static final Lexicon INCIDENTS = Lexicon.load("incident-nouns");
    private static final Lexicon CAMPAIGNS = Lexicon.load("campaign-nouns");
    private static final Lexicon SERIES = Lexicon.load("series-nouns");
    /** Words besides a weekday's name that tie a toll to one day ("have killed 12 today"). */
    private static final Set<String> DAY_WORDS = GRAMMAR.words("day-words");
    /** Words between a perfect's auxiliary and its verb ("have so far killed", "has reportedly been killed"). */
    private static final Set<String> PERFECT_FILLERS = GRAMMAR.words("perfect-fillers");
    /** Verbs a toll follows in the perfect besides those of death ("has cost the lives of", "have claimed"). */
    private static final Set<String> PERFECT_TOLL_VERBS = GRAMMAR.words("perfect-toll-verbs");
    /**
     * Words after "since" that count back only days, as a report of one day's or one raid's toll does ("since
     * Wednesday afternoon", "since dawn"); such a toll stays an event's.
     */
    private static final Set<String> RECENT = Stream.concat(Lexicon.WEEKDAYS.words().stream(), Stream.of("yesterday",
            "dawn", "morning", "midnight", "noon", "last", "early", "overnight")).collect(Collectors.toUnmodifiableSet());
    /** Time units whose presence in a toll's clause makes the toll a period's ("in two months", "five years"). */
    private static final Set<String> LONG_UNITS = GRAMMAR.words("long-units");
    private static final int LARGEST_UNNAMED_INCIDENT = 1000;
    private static final Set<String> MONITORS = GRAMMAR.words("monitors");
    /** More than three days: "the last 10 days", "the past five days". */
    private static final Pattern MANY_DAYS = Pattern.compile(
            "[4-9]|\\d\\d+|four|five|six|seven|eight|nine|ten|several|few");
    /** Spans of many events; "the past two days" is still the toll ACLED-style reports give one incident. */
    private static final Set<String> SPANS = GRAMMAR.words("spans");

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
        if (manyDays(tokens, clause) || series(tokens, clause) || campaignSoFar(tokens, clause, toll)) {
            return true;
        }
        // One named incident ("the attack killed 40, the deadliest of the war") outweighs a war or period word;
        // plural incidents ("air raids have killed 1,200 in the past month") are a tally themselves.
        if ((war || period) && !oneIncident) {
            return true;
        }
        return !incident && toll.count() > LARGEST_UNNAMED_INCIDENT;
    }

    /**
     * "killed on Thursday and Friday", "between Monday and Wednesday": two days joined in the toll's clause make it a
     * total over days. Days apart ("killed on Tuesday, the army said Wednesday") date the deaths and the report.
     */
    private static boolean manyDays(List<Token> tokens, Clause clause) {
        int last = -1;
        for (int i = clause.begin(); i < clause.end(); i++) {
            String word = Words.lower(tokens, i);
            if (Lexicon.WEEKDAYS.contains(word)) {
                if (last >= 0 && i - last <= 3 && !Words.lower(tokens, last).equals(word)) {
                    return true;
                }
                last = i;
            }
        }
        return false;
    }

    /** "a string of bombings", "a wave of air raids": several incidents gathered in one phrase. */
    private static boolean series(List<Token> tokens, Clause clause) {
        if (namesOneDay(tokens, clause)) {
            return false;
        }
        for (int i = clause.begin(); i + 1 < clause.end(); i++) {
            if (SERIES.contains(Words.lower(tokens, i)) && Words.lower(tokens, i + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The battle for the town has killed 300", "air strikes have killed hundreds": a campaign, or incidents in the
     * plural that do the killing, said in the present perfect with no day named, give what the campaign has cost so
     * far. A day's name keeps the toll one day's ("air strikes have killed 12 since Friday"), and so does a passive
     * ("12 people have been killed in air strikes"), the way news reports the day's incident.
     */
    private static boolean campaignSoFar(List<Token> tokens, Clause clause, Toll toll) {
        boolean perfect = false;
        boolean campaign = false;
        if (namesOneDay(tokens, clause)) {
            return false;
        }
        for (int i = clause.begin(); i < clause.end(); i++) {
            String word = Words.lower(tokens, i);
            perfect |= (word.equals("has") || word.equals("have")) && perfectOfDeath(tokens, i + 1);
            campaign |= CAMPAIGNS.contains(word) || INCIDENTS.contains(word) && word.endsWith("s") && i < toll.tokenBegin();
        }
        return perfect && campaign;
    }

    /** "has killed", "have been killed", "has cost the lives": the perfect is said of the deaths, not of "has asked". */
    private static boolean perfectOfDeath(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i < from + 3 && PERFECT_FILLERS.contains(Words.lower(tokens, i))) {
            i++;
        }
        String word = Words.lower(tokens, i);
        return Lexicon.DEATH.contains(word) || PERFECT_TOLL_VERBS.contains(word);
    }

    /** "a wave of bombings over the past 24 hours", "on Monday": a clause that keeps its count to one day. */
    private static boolean namesOneDay(List<Token> tokens, Clause clause) {
        for (int i = clause.begin(); i < clause.end(); i++) {
            String word = Words.lower(tokens, i);
            if (Lexicon.WEEKDAYS.contains(word) || DAY_WORDS.contains(word)
                    || word.equals("24") && Words.lower(tokens, i + 1).equals("hours")) {
                return true;
            }
        }
        return false;
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
