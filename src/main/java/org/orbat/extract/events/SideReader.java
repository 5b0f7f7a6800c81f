package org.orbat.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads who did what to whom from the grammar of one sentence around an event's trigger, after the
 * ACLED codebook's actor1/actor2 ("the initiator of the event" and "the target"). Active voice: the
 * parties before the trigger acted ("X shelled Y"), the ones after it were acted against. Passive voice
 * or an agent phrase: the parties after "by" acted ("Y was attacked by X", "an attack by X on Y").
 * "Clashes between X and Y": X is side 1, Y side 2. Only the trigger's own clause counts: a party in a
 * clause opened by "after", "following", "while" and the like belongs to another happening. A
 * parenthetical between a subject and its verb (", which operates under X,", ", backed by Y,") is
 * skipped: it neither ends the clause nor names a side. Stateless.
 */
final class SideReader {
    /** This class's words, kept as data: {@code lang/en/grammar/side-reader.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/side-reader.tsv");
    /** Words that open a clause about another happening, or a sentence-internal break. */
    private static final Set<String> BOUNDARIES = GRAMMAR.words("boundaries");
    /** Words that open a clause naming the fighting the main clause's act came out of ("after clashes with X"). */
    private static final Set<String> FIGHT_OPENERS = GRAMMAR.words("fight-openers");
    private static final Set<String> BE = GRAMMAR.words("be");
    /** Participles that open a parenthetical about who stands behind the subject (", backed by Y,"). */
    private static final Set<String> ASIDE_PARTICIPLES = java.util.stream.Stream.concat(
        WordTable.of(Language.ENGLISH, "sponsor-participles.tsv").words("backing").stream(),
        GRAMMAR.words("aside-participles").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The two sides read from a sentence; each ordered as the sentence names them. */
    record Sides(List<Party> side1, List<Party> side2) {
        Sides {
            side1 = List.copyOf(side1);
            side2 = List.copyOf(side2);
        }
    }

    /** Nouns for what an attack hits: a party named before one of them is the target ("IS positions", "an SDF vehicle"). */
    private static final Set<String> TARGET_NOUNS = EventWords.list("targets");

    Sides read(AnnotatedSentence s, int triggerBegin, int triggerEnd, List<Party> parties) {
        Sides sides = readClause(s, triggerBegin, triggerEnd, parties);
        List<Token> t = s.tokens();
        List<Party> one = new ArrayList<>();
        List<Party> two = new ArrayList<>(sides.side2());
        for (Party p : sides.side1()) {
            // "the operation against IS captured…", "US jets struck IS positions": the party is what was hit
            if (targetNamed(t, p) || afterAgainst(t, p)) {
                two.add(p);
            } else {
                one.add(p);
            }
        }
        return one.size() == sides.side1().size() ? sides : new Sides(one, dedupe(two, one));
    }

    private static boolean targetNamed(List<Token> t, Party p) {
        int i = p.tokenEnd();
        while (i < t.size() && (t.get(i).pos().startsWith("JJ") || t.get(i).word().matches("[-–]"))) {
            i++;
        }
        // "checkpoint members arrested" names people, not what was hit
        return i < t.size() && TARGET_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT))
            && !(i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN"));
    }

    private static boolean afterAgainst(List<Token> t, Party p) {
        int i = p.tokenBegin() - 1;
        if (i >= 0 && t.get(i).pos().equals("DT")) {
            i--;
        }
        return i >= 0 && t.get(i).word().equalsIgnoreCase("against");
    }

    private Sides readClause(AnnotatedSentence s, int triggerBegin, int triggerEnd, List<Party> parties) {
        List<Token> t = s.tokens();
        boolean[] aside = asides(t);
        int from = clauseStart(t, triggerBegin, aside);
        int to = clauseEnd(t, triggerEnd);
        List<Party> before = new ArrayList<>();
        List<Party> after = new ArrayList<>();
        for (Party p : parties) {
            if (aside[p.tokenBegin()] && p.tokenEnd() <= triggerBegin) {
                continue;
            }
            // "regime helicopters struck", "army snipers shot": the trigger names the party's own means, so it acted.
            boolean bearsTrigger = p.tokenBegin() < triggerBegin && p.tokenEnd() >= triggerEnd;
            if ((p.tokenEnd() <= triggerBegin || bearsTrigger) && p.tokenBegin() >= from) {
                before.add(p);
            } else if (p.tokenBegin() >= triggerEnd && p.tokenBegin() < to) {
                after.add(p);
            }
        }
        if (before.isEmpty() && from > 0 && FIGHT_OPENERS.contains(t.get(from - 1).word().toLowerCase(Locale.ROOT))
                && nominal(t, triggerBegin, triggerEnd) && triggerEnd < t.size() && t.get(triggerEnd).word().equalsIgnoreCase("with")) {
            // "X took the town after clashes with Y": whoever the main clause names fought the clashes.
            int mainFrom = clauseStart(t, from - 1, aside);
            for (Party p : parties) {
                if (p.tokenBegin() >= mainFrom && p.tokenEnd() < from && !aside[p.tokenBegin()]) {
                    before.add(p);
                }
            }
        }
        int between = find(t, "between", triggerEnd, t.size());
        if (between >= 0 && before.isEmpty()) {
            List<Party> listed = parties.stream().filter(p -> p.tokenBegin() > between).toList();
            if (!listed.isEmpty()) {
                return new Sides(listed.subList(0, 1), listed.subList(1, listed.size()));
            }
        }
        int by = agentBy(t, triggerBegin, triggerEnd, to);
        if (by >= 0) {
            List<Party> agents = new ArrayList<>();
            List<Party> patients = new ArrayList<>(before);
            int target = firstOf(t, by, to, "on", "against", "targeting", "at");
            // The agent phrase ends where a verb begins the rest of the clause ("planted by X exploded near Y").
            int verb = firstVerb(t, by + 1, to);
            int end = target < 0 ? verb : verb < 0 ? target : Math.min(target, verb);
            for (Party p : after) {
                boolean agent = p.tokenBegin() > by && (end < 0 || p.tokenBegin() < end);
                (agent ? agents : patients).add(p);
            }
            if (!agents.isEmpty()) {
                return new Sides(agents, dedupe(patients, agents));
            }
        }
        if (t.get(triggerBegin).pos().equals("VBN") && hasBe(t, triggerBegin) || t.get(triggerEnd - 1).pos().equals("VBN") && hasBe(t, triggerBegin)) {
            // "Two soldiers were killed": a passive without an agent names only who suffered it.
            List<Party> patients = new ArrayList<>(before);
            patients.addAll(after);
            List<Party> agents = subjectOfWhenClause(t, to, parties);
            return new Sides(agents, dedupe(patients, agents));
        }
        return new Sides(before, dedupe(after, before));
    }

    /** Conjunctions that open a clause telling how a passive's act came about ("were killed when X attacked"). */
    private static final Set<String> HOW_IT_CAME = GRAMMAR.words("how-it-came");

    /**
     * "Twelve soldiers were killed when militants ambushed their convoy": a passive without an agent
     * followed by a "when" clause in the active voice; that clause's subject did it. Empty when the clause
     * after the passive is of another kind or names no party before its verb.
     */
    private static List<Party> subjectOfWhenClause(List<Token> t, int clauseEnd, List<Party> parties) {
        if (clauseEnd >= t.size() || !HOW_IT_CAME.contains(t.get(clauseEnd).word().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        int verb = firstVerb(t, clauseEnd + 1, Math.min(t.size(), clauseEnd + 8));
        if (verb < 0 || BE.contains(t.get(verb).word().toLowerCase(Locale.ROOT))) {
            return List.of();   // "when their convoy was ambushed": no agent either
        }
        return parties.stream().filter(p -> p.tokenBegin() > clauseEnd && p.tokenEnd() <= verb).toList();
    }

    /**
     * The opponents a fighting word names with "with" anywhere in the sentence ("took the town after
     * clashes with X", "regained it as the result of a clash with X"): when the act's own clause names
     * no target, whoever the fighting was with is. {@code fightEnds} are where fighting triggers end.
     */
    List<Party> opponents(AnnotatedSentence s, List<Integer> fightEnds, List<Party> parties, List<Party> side1) {
        List<Token> t = s.tokens();
        List<Party> out = new ArrayList<>();
        for (int end : fightEnds) {
            if (end >= t.size() || !t.get(end).word().equalsIgnoreCase("with")) {
                continue;
            }
            int stop = clauseEnd(t, end + 1);
            int comma = find(t, ",", end + 1, stop);
            stop = comma < 0 ? stop : comma;
            for (Party p : parties) {
                if (p.tokenBegin() > end && p.tokenBegin() < stop && side1.stream().noneMatch(q -> q.actorId().equals(p.actorId()))
                        && out.stream().noneMatch(q -> q.actorId().equals(p.actorId()))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Words that make a fight mutual: the parties fought one another, none of them only suffered it. */
    private static final java.util.regex.Pattern RECIPROCAL = java.util.regex.Pattern.compile(
        "\\b(between (two|the two|\\d+|rival|several)|each other|one another|both sides|exchang\\w*|with each)\\b");

    /** Words that make a fight one within a single group or crowd, when only one party is named. */
    private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile(
        "\\b(between (two|\\d+|rival|several|the two|individuals|families|residents|villagers|youths|members|supporters|"
            + "rioters|protesters|demonstrators|groups|factions|clans|tribes)|"
            + "each other|one another|among themselves)\\b");

    /**
     * The sides of a mutual fight the clause gave only one side of: "X and Y exchanged fire" puts Y
     * against X; "clashes between two Taliban groups" or "rioters clashed with each other" put the one
     * party named against itself, as ACLED codes fighting within a group or a crowd.
     */
    Sides reciprocal(AnnotatedSentence s, Sides sides) {
        if (!sides.side2().isEmpty() || sides.side1().isEmpty()) {
            return sides;
        }
        String text = s.text().toLowerCase(Locale.ROOT);
        List<Party> one = sides.side1();
        if (one.size() >= 2) {
            return RECIPROCAL.matcher(text).find() ? new Sides(one.subList(0, 1), one.subList(1, one.size())) : sides;
        }
        return WITHIN.matcher(text).find() ? new Sides(one, one) : sides;
    }

    /**
     * The party is the subject of a passive ("two Taliban members were killed", "a soldier was
     * reportedly wounded"): it suffered the act, whoever the sentence says did it.
     */
    static boolean subjectOfPassive(AnnotatedSentence s, Party p) {
        List<Token> t = s.tokens();
        for (int i = p.tokenEnd(); i < Math.min(t.size(), p.tokenEnd() + 4); i++) {
            Token tok = t.get(i);
            if (BE.contains(tok.word().toLowerCase(Locale.ROOT)) && !acronym(tok)) {
                int k = i + 1;
                while (k < t.size() && t.get(k).pos().startsWith("RB")) {
                    k++;
                }
                return k < t.size() && t.get(k).pos().equals("VBN");
            }
            if (tok.pos().startsWith("VB") || tok.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static List<Party> dedupe(List<Party> list, List<Party> other) {
        Set<String> taken = new LinkedHashSet<>();
        other.forEach(p -> taken.add(p.actorId()));
        List<Party> out = new ArrayList<>();
        for (Party p : list) {
            // "Youths clashed with residents": two crowds the codebook names alike are still two sides.
            if (taken.add(p.actorId()) || p.kind().isGeneric() && other.stream().noneMatch(q -> q.tokenBegin() == p.tokenBegin())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The "by" that introduces the acting party: after a passive trigger ("was killed by", "killed by"),
     * or right after a nominal one ("an attack by", "shelling by"). Returns its index, or -1.
     */
    private static int agentBy(List<Token> t, int triggerBegin, int triggerEnd, int to) {
        int by = find(t, "by", triggerEnd, Math.min(to, triggerEnd + 10));
        if (by < 0) {
            return -1;
        }
        Token trig = t.get(triggerEnd - 1);
        boolean passive = trig.pos().equals("VBN") || hasBe(t, triggerBegin);
        boolean nominal = nominal(t, triggerBegin, triggerEnd);
        // "by" must attach to the trigger: no other verb stands between them, except a participle right before
        // "by" or right after the trigger that names the device's use ("an IED planted by X", "air strikes
        // conducted in the area by X").
        for (int i = triggerEnd; i < by; i++) {
            boolean deviceUse = nominal && t.get(i).pos().equals("VBN") && (i == by - 1 || i == triggerEnd);
            if (t.get(i).pos().startsWith("VB") && !acronym(t.get(i)) && !deviceUse) {
                return -1;
            }
        }
        return passive || nominal ? by : -1;
    }

    /**
     * A form of "be" right before the trigger, adverbs aside ("were reportedly killed"). An acronym that
     * spells like one ("IS fighters attacked") is a name, not the verb.
     */
    static boolean hasBe(List<Token> t, int triggerBegin) {
        for (int i = triggerBegin - 1; i >= Math.max(0, triggerBegin - 3); i--) {
            String w = t.get(i).word();
            if (acronym(t.get(i))) {
                return false;
            }
            if (BE.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            // adverbs ("were reportedly killed") and a participle of finding ("was found killed") may intervene
            if (!t.get(i).pos().startsWith("RB") && !(i == triggerBegin - 1 && t.get(i).pos().equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /** "IS", "US": an all-capital word is a name, whatever a tagger made of it ("IS" as a verb). */
    private static boolean acronym(Token tok) {
        String w = tok.word();
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    /**
     * The trigger names the act as a noun: tagged so, or led by a determiner, possessive or adjective
     * ("in an attack by X"), whatever a tagger made of the word itself.
     */
    static boolean nominal(List<Token> t, int triggerBegin, int triggerEnd) {
        if (t.get(triggerEnd - 1).pos().startsWith("NN")) {
            return true;
        }
        int i = triggerBegin - 1;
        while (i >= 0 && t.get(i).pos().startsWith("JJ")) {
            i--;
        }
        return i >= 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$") || t.get(i).pos().equals("POS"));
    }

    /**
     * Which tokens lie in a parenthetical that interrupts a clause: a non-restrictive relative clause
     * (", which operates under X,") or a participle phrase about backing (", backed by Y,"), each
     * closed before a verb goes on with the clause. Brackets are not asides: they name ("(coded as X)"). Their words neither end the clause nor act in it.
     */
    static boolean[] asides(List<Token> t) {
        boolean[] in = new boolean[t.size() + 1];
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).word();
            int close = -1;
            if (w.equals(",")) {
                String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
                boolean relative = next.equals("which") || next.equals("who");
                boolean backing = ASIDE_PARTICIPLES.contains(next) && i + 2 < t.size() && t.get(i + 2).word().equalsIgnoreCase("by");
                if (relative || backing) {
                    close = find(t, ",", i + 2, t.size());
                    // A parenthetical closes before a verb goes on with the clause; the sentence's end closes nothing.
                    if (close >= 0 && (close + 1 >= t.size() || !t.get(close + 1).pos().startsWith("VB") && !t.get(close + 1).pos().equals("RB"))) {
                        close = -1;
                    }
                }
            }
            if (close > i) {
                for (int k = i; k <= close; k++) {
                    in[k] = true;
                }
                i = close;
            }
        }
        return in;
    }



    /** Where the trigger's clause begins: after the nearest boundary word before it. */
    private static int clauseStart(List<Token> t, int triggerBegin, boolean[] aside) {
        for (int i = triggerBegin - 1; i >= 0; i--) {
            if (isBoundary(t, i) && !aside[i]) {
                // A clause-opening word at the head of the sentence ("After the attack, X shelled Y") closes at
                // the first comma after it; the trigger's clause starts there.
                if (opensSentence(t, i)) {
                    int comma = find(t, ",", i + 1, triggerBegin);
                    return comma < 0 ? i + 1 : comma + 1;
                }
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean opensSentence(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            String w = t.get(k).word();
            if (!w.equals(",") && !t.get(k).pos().equals("CD") && !t.get(k).pos().startsWith("NNP") && !w.equalsIgnoreCase("on")) {
                return false;
            }
        }
        return true;
    }

    private static int clauseEnd(List<Token> t, int triggerEnd) {
        for (int i = triggerEnd; i < t.size(); i++) {
            if (isBoundary(t, i)) {
                return i;
            }
        }
        return t.size();
    }

    private static boolean isBoundary(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (!BOUNDARIES.contains(w)) {
            return false;
        }
        // "as" and "since" open clauses only as conjunctions or prepositions, not in "as well as" or "such as".
        if (w.equals("as")) {
            return i + 1 < t.size() && !t.get(i + 1).word().equalsIgnoreCase("well") && (i == 0 || !t.get(i - 1).word().equalsIgnoreCase("such"));
        }
        if (w.equals("which") || w.equals("who") || w.equals("where")) {
            return i > 0 && t.get(i - 1).word().equals(",");
        }
        return true;
    }

    private static int find(List<Token> t, String word, int from, int to) {
        for (int i = from; i < to && i < t.size(); i++) {
            if (t.get(i).word().equalsIgnoreCase(word)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstVerb(List<Token> t, int from, int to) {
        for (int i = from; i < to && i < t.size(); i++) {
            String pos = t.get(i).pos();
            if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !acronym(t.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(List<Token> t, int from, int to, String... words) {
        for (int i = from; i < to && i < t.size(); i++) {
            for (String w : words) {
                if (t.get(i).word().equalsIgnoreCase(w)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
