package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Finds death and injury tolls in a sentence: "at least 200 militants have been eliminated", "killing 12
 * civilians", "left 7 dead", "the death toll rose to 45", "15 people were killed and 30 wounded".
 *
 * <p>Each exact number ({@link NumberReader}) is read against its neighbourhood, in the manner of the ACLED
 * codebook's rule that a fatality figure must be stated for the event: a death or injury verb governing it from
 * the left ("killed at least 15"), a toll noun linked to it ("death toll of 70", "claimed the lives of 9"), or a
 * passive or adjectival fate after the counted noun ("Twenty fighters were killed", "9 dead"). Numbers that count
 * time, distance, money, places or weapons, that are years, dates, ages or labels ("Base 46"), and counts of
 * people with no stated fate ("a force of 12,000 fighters") give no toll. Shares ("including 4 children", "50 of
 * those") are kept with {@link Toll#part()} set and take the fate of the total they belong to.
 *
 * <p>Reads token words only (not POS or NER), so it works on CoreNLP tokens and on simple test tokens. Stateless;
 * threads may share one instance.
 */
public final class FatalityExtractor {
    private static final int RIGHT_WINDOW = 8;
    private static final int LEFT_WINDOW = 7;

    private enum Fate { NONE, DEATH, WOUND, CASUALTY, OTHER }

    /** This class's words, kept as data: {@code lang/en/grammar/fatality-extractor.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/fatality-extractor.tsv");
    private static final Set<String> AUXILIARIES = GRAMMAR.words("auxiliaries");

    /** Words after a number that make it a clock time ("330 am", "1615 GMT"). */
    private static final Set<String> CLOCK = GRAMMAR.words("clock");

    /** What one number's neighbourhood says; {@code total} is the index of a later number it is a share of. */
    private record Reading(NumberMention number, Fate fate, String who, boolean part, boolean atLeast,
                           int total, int coordinate) {
    }

    /**
     * The tolls of a sentence, in sentence order: counts written as numbers or vague words, and single deaths
     * written without one ({@link SingularDeaths}). Running tallies and the tolls of an earlier incident the sentence
     * recalls ({@link RecalledIncident}) are kept, marked {@link Toll#tally()}.
     */
    public List<Toll> find(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        // Years, dates, clock times and unit numbers are dropped first, so that a scan for a count's fate reads past
        // them ("Eight fighters from 276 Brigade were killed").
        List<NumberMention> numbers = NumberReader.read(tokens).stream()
                .filter(number -> !isNotACount(tokens, number)).toList();
        List<Reading> readings = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            readings.add(read(tokens, numbers, k, readings));
        }
        List<Toll> tolls = new ArrayList<>(resolve(readings));
        for (Toll single : SingularDeaths.find(tokens)) {
            boolean counted = tolls.stream()
                    .anyMatch(t -> t.tokenBegin() < single.tokenEnd() && single.tokenBegin() < t.tokenEnd());
            if (!counted) {
                tolls.add(single);
            }
        }
        tolls.sort(Comparator.comparingInt(Toll::tokenBegin));
        tolls = Coordination.extend(tokens, numbers, tolls);
        boolean warLong = CumulativeTally.mentionedIn(tokens);
        List<Toll> out = new ArrayList<>(tolls.size());
        for (Toll toll : tolls) {
            out.add(warLong || CumulativeTally.covers(tokens, toll) || RecalledIncident.covers(tokens, toll) ? toll.asTally() : toll);
        }
        out.sort(Comparator.comparingInt(Toll::tokenBegin));
        return List.copyOf(out);
    }

    /**
     * The death toll a sentence states for the incident it reports: the largest death count that is neither a
     * share of another nor a running tally, counts joined by "and" added up ("killing one officer and two
     * soldiers" → 3); 0 when the sentence reports that nobody died ("no fatalities", "There
     * were no casualties"); empty when it says neither.
     */
    public Optional<Integer> headlineToll(AnnotatedSentence sentence) {
        return headlineReading(sentence).map(Toll::count);
    }

    /** {@link #headlineToll(AnnotatedSentence)} as the toll it was read from, with its flags. */
    Optional<Toll> headlineReading(AnnotatedSentence sentence) {
        List<Toll> tolls = find(sentence);
        Optional<Toll> toll = Coordination.sum(sentence.tokens(), tolls).stream()
                .filter(t -> t.killed() && !t.part() && !t.tally())
                .max(Comparator.comparingInt(Toll::count));
        if (toll.isEmpty() && tolls.stream().noneMatch(Toll::killed) && NoDeaths.stated(sentence.tokens())) {
            List<Token> tokens = sentence.tokens();
            return Optional.of(new Toll(0, false, "people", 0, Math.max(1, tokens.size()), true, false));
        }
        return toll;
    }

    /** The largest death count among tolls that are neither shares of another toll nor running tallies. */
    public static Optional<Integer> headlineToll(List<Toll> tolls) {
        return tolls.stream()
                .filter(toll -> toll.killed() && !toll.part() && !toll.tally())
                .map(Toll::count)
                .max(Comparator.naturalOrder());
    }

    private static Reading read(List<Token> tokens, List<NumberMention> numbers, int k, List<Reading> earlier) {
        NumberMention number = numbers.get(k);
        if (isNotACount(tokens, number)) {
            return new Reading(number, Fate.OTHER, null, false, false, -1, -1);
        }
        RightScan right = RightScan.of(tokens, numbers, k);
        if (right.measure()) {
            return new Reading(number, Fate.OTHER, null, false, false, -1, -1);
        }
        Fate left = leftFate(tokens, number);
        Fate fate = left != Fate.NONE ? left : right.fate();
        // "23 Killed Over 100 Injured": a fate right after the count outweighs one before it.
        if (fate == Fate.DEATH && right.fate() == Fate.WOUND && woundFollows(tokens, number)) {
            fate = Fate.WOUND;
        }
        boolean part = isShareByWording(tokens, number) || continuesShare(tokens, number, earlier);
        int total = right.shareOf();
        if (total >= 0) {
            part = true;
        }
        // A lone "one" is mostly a pronoun ("one of the", "the one that"); it counts a death only next to one
        // ("killing one", "one died", "1 fatality").
        if (number.value() == 1 && right.who() == null
                && (Words.lower(tokens, number.tokenEnd()).equals("of") || fate != Fate.DEATH)) {
            fate = Fate.OTHER;
        }
        String who = right.who() == null ? "people" : right.who();
        return new Reading(number, fate, who, part, lowerBound(tokens, number), total, right.coordinate());
    }

    private static List<Toll> resolve(List<Reading> readings) {
        Fate[] fates = new Fate[readings.size()];
        for (int k = readings.size() - 1; k >= 0; k--) {
            Reading reading = readings.get(k);
            boolean coordinated = reading.fate() == Fate.NONE && reading.coordinate() >= 0;
            fates[k] = coordinated ? fates[reading.coordinate()] : reading.fate();
        }
        List<Toll> tolls = new ArrayList<>();
        Fate lastTotal = Fate.NONE;
        for (int k = 0; k < readings.size(); k++) {
            Reading reading = readings.get(k);
            Fate fate = fates[k];
            if (fate == Fate.NONE && reading.part()) {
                fate = reading.total() >= 0 ? readings.get(reading.total()).fate() : lastTotal;
            }
            if (!reading.part() && isToll(fate)) {
                lastTotal = fate;
            }
            if (isToll(fate)) {
                NumberMention number = reading.number();
                tolls.add(new Toll(number.value(), reading.atLeast(), reading.who(), number.tokenBegin(),
                        number.tokenEnd(), fate == Fate.DEATH, reading.part(), number.estimated(), false));
            }
        }
        return List.copyOf(tolls);
    }

    private static boolean isToll(Fate fate) {
        return fate == Fate.DEATH || fate == Fate.WOUND || fate == Fate.CASUALTY;
    }

    /** Years, dates, ages, money and labels ("Base 46"). */
    private static boolean isNotACount(List<Token> tokens, NumberMention number) {
        if (number.yearLike()) {
            return true;
        }
        int before = number.tokenBegin() - 1;
        int after = number.tokenEnd();
        if (isMonth(tokens, before) || isMonth(tokens, after)) {
            return true;
        }
        String previous = Words.lower(tokens, before);
        if (Lexicon.NUMBER_DESIGNATORS.contains(previous) || previous.endsWith("$") || previous.equals("£")
                || previous.equals("€") || previous.equals("#")) {
            return true;
        }
        if (previous.equals("of") && Words.lower(tokens, before - 1).equals("age")) {
            return true;
        }
        String next = Words.lower(tokens, after);
        if (CLOCK.contains(next.replace(".", ""))) {
            return true;
        }
        // "276 Brigade", "17 Division": a number before a capitalised unit noun names the unit.
        if (after < tokens.size() && Words.isCapitalised(tokens.get(after)) && Lexicon.NUMBER_DESIGNATORS.contains(next)) {
            return true;
        }
        return next.startsWith("-") || next.equals(".") && Words.lower(tokens, after + 1).matches("\\d+");
    }

    private static boolean isMonth(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() && Words.isCapitalised(tokens.get(index))
                && Lexicon.MONTHS.contains(Words.lower(tokens, index).replace(".", ""));
    }

    /** A fate governing the number from the left: "killed at least 15", "death toll rose to 45". */
    private static Fate leftFate(List<Token> tokens, NumberMention number) {
        int j = number.tokenBegin() - 1;
        boolean linked = false;
        for (int steps = 0; j >= 0 && steps < LEFT_WINDOW; steps++) {
            String word = Words.lower(tokens, j);
            if (Lexicon.QUANTITY_MODIFIERS.contains(word)) {
                j--;
            } else if (Lexicon.TOLL_LINKS.contains(word)) {
                linked = true;
                j--;
            } else {
                break;
            }
        }
        String word = Words.lower(tokens, j);
        if (word.equals("lives") && savedBefore(tokens, j)) {
            return Fate.OTHER;
        }
        if (Lexicon.TOLL_NOUNS.contains(word)) {
            return Fate.DEATH;
        }
        if (linked) {
            return tollNounFurtherLeft(tokens, j) ? Fate.DEATH : Fate.NONE;
        }
        if (Lexicon.DEATH.contains(word)) {
            return Fate.DEATH;
        }
        if (Shares.DEATH_VERBS_FOR_PEOPLE.contains(word) && countsPeople(tokens, number)) {
            return Fate.DEATH;
        }
        if (Lexicon.WOUND.contains(word)) {
            return Fate.WOUND;
        }
        return Fate.NONE;
    }

    /** "100 injured", "58 others injured", "160 people were injured": a wound word after the count and its noun. */
    private static boolean woundFollows(List<Token> tokens, NumberMention number) {
        int i = number.tokenEnd();
        while (i < number.tokenEnd() + 4 && (Lexicon.PERSON_NOUNS.contains(Words.lower(tokens, i))
                || AUXILIARIES.contains(Words.lower(tokens, i)))) {
            i++;
        }
        return Lexicon.WOUND.contains(Words.lower(tokens, i));
    }

    /** "saved the lives of more than 100 people": lives kept, not lost. */
    private static boolean savedBefore(List<Token> tokens, int lives) {
        for (int j = lives - 1; j >= 0 && j >= lives - 3; j--) {
            if (Words.lower(tokens, j).startsWith("sav")) {
                return true;
            }
        }
        return false;
    }

    /** "the death toll from the blast rose to 41": a toll noun a few words before its linking verb. */
    private static boolean tollNounFurtherLeft(List<Token> tokens, int from) {
        for (int j = from; j >= 0 && from - j < 6; j--) {
            Token token = tokens.get(j);
            String word = Words.lower(token);
            if (Words.isHardBreak(token) || word.equals(",") || word.matches("\\d.*")) {
                return false;
            }
            if (word.equals("toll") || word.equals("tolls")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person noun follows the number closely ("destroyed over 60 terrorists"). */
    private static boolean countsPeople(List<Token> tokens, NumberMention number) {
        for (int i = number.tokenEnd(); i < tokens.size() && i < number.tokenEnd() + 3; i++) {
            if (Lexicon.PERSON_NOUNS.contains(Words.lower(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerBound(List<Token> tokens, NumberMention number) {
        for (int j = number.tokenBegin() - 1; j >= 0 && j >= number.tokenBegin() - 3; j--) {
            String word = Words.lower(tokens, j);
            if (Lexicon.LOWER_BOUNDS.contains(word)) {
                return true;
            }
            if (!Lexicon.QUANTITY_MODIFIERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "including 4 children", "among them 10 children", "50 of those", "5 of whom". */
    private static boolean isShareByWording(List<Token> tokens, NumberMention number) {
        int j = skipModifiersLeft(tokens, number.tokenBegin() - 1);
        String left = Words.lower(tokens, j);
        if (Shares.INTRODUCERS.contains(left)
                || left.equals("them") && Words.lower(tokens, j - 1).equals("among")) {
            return true;
        }
        int after = number.tokenEnd();
        if (!Words.lower(tokens, after).equals("of")) {
            return false;
        }
        String whose = Words.lower(tokens, after + 1);
        return Shares.PRONOUNS.contains(whose)
                || whose.equals("the") && Shares.VICTIM_NOUNS.contains(Words.lower(tokens, after + 2));
    }

    /** "including two fighters and five civilians": a number joined to a share is a share too. */
    private static boolean continuesShare(List<Token> tokens, NumberMention number, List<Reading> earlier) {
        if (earlier.isEmpty()) {
            return false;
        }
        Reading previous = earlier.get(earlier.size() - 1);
        int j = skipModifiersLeft(tokens, number.tokenBegin() - 1);
        String left = Words.lower(tokens, j);
        if (!previous.part() || !(left.equals("and") || left.equals(","))) {
            return false;
        }
        return j - previous.number().tokenEnd() <= 3;
    }

    static int skipModifiersLeft(List<Token> tokens, int from) {
        int j = from;
        while (j >= 0 && from - j < 4 && Lexicon.QUANTITY_MODIFIERS.contains(Words.lower(tokens, j))) {
            j--;
        }
        return j;
    }

    /**
     * What follows a number, up to a clause break or another number: the counted noun, a measure noun that rules
     * the number out, and a passive fate ("were killed", "dead", "wounded").
     *
     * @param shareOf index of a later number that this one is a share of ("Six civilians were among at least 22
     *     people killed"), or -1
     * @param coordinate index of a later number joined by "and" that shares this one's fate ("30 soldiers and 39
     *     rebels had been killed"), or -1
     */
    private record RightScan(String who, Fate fate, boolean measure, int shareOf, int coordinate) {
        RightScan(String who, Fate fate, boolean measure, int shareOf) {
            this(who, fate, measure, shareOf, -1);
        }

        static RightScan of(List<Token> tokens, List<NumberMention> numbers, int k) {
            NumberMention number = numbers.get(k);
            String who = null;
            boolean pastNounPhrase = false;
            int limit = number.tokenEnd() + RIGHT_WINDOW;
            int next = k + 1;
            for (int i = number.tokenEnd(); i < tokens.size() && i < limit; i++) {
                Token token = tokens.get(i);
                String word = Words.lower(token);
                if (Words.isHardBreak(token) || Lexicon.CLAUSE_BREAKS.contains(word) || Shares.STOPS.contains(word)) {
                    break;
                }
                if (next < numbers.size() && numbers.get(next).tokenBegin() == i) {
                    NumberMention other = numbers.get(next);
                    String before = Words.lower(tokens, skipModifiersLeft(tokens, i - 1));
                    if (Shares.INTRODUCERS.contains(before)) {
                        limit += other.tokenEnd() - i + 4;
                        i = other.tokenEnd() - 1;
                        next++;
                        continue;
                    }
                    return new RightScan(who, Fate.NONE, false, before.equals("among") ? next : -1,
                            before.equals("and") ? next : -1);
                }
                if (i == number.tokenEnd() && Shares.ARTICLES.contains(word)) {
                    return new RightScan(null, Fate.NONE, false, -1);
                }
                pastNounPhrase |= Shares.PREPOSITIONS.contains(word);
                if (who == null && !pastNounPhrase && Lexicon.MEASURE_NOUNS.contains(word)) {
                    return new RightScan(null, Fate.NONE, true, -1);
                }
                if (who == null && Lexicon.PERSON_NOUNS.contains(word) && i - number.tokenEnd() < 5) {
                    who = word;
                } else if (Lexicon.DEATH.contains(word)) {
                    return new RightScan(who, passiveDeath(tokens, numbers, i), false, -1);
                } else if (Lexicon.WOUND.contains(word)) {
                    return new RightScan(who, orOther(tokens, i, Lexicon.DEATH, Fate.WOUND), false, -1);
                } else if (Lexicon.OTHER_FATES.contains(word)) {
                    return new RightScan(who, Fate.OTHER, false, -1);
                }
            }
            return new RightScan(who, Fate.NONE, false, -1);
        }

        /** "were killed" counts; "killed 5 more" and "killing" make the counted people the killers. */
        private static Fate passiveDeath(List<Token> tokens, List<NumberMention> numbers, int i) {
            String word = Words.lower(tokens, i);
            if (Shares.ACTIVE_DEATH_FORMS.contains(word)) {
                return Fate.NONE;
            }
            int object = i + 1;
            while (object < tokens.size() && Lexicon.QUANTITY_MODIFIERS.contains(Words.lower(tokens, object))) {
                object++;
            }
            int objectIndex = object;
            if (numbers.stream().anyMatch(n -> n.tokenBegin() == objectIndex)) {
                return Fate.NONE;
            }
            return orOther(tokens, i, Lexicon.WOUND, Fate.DEATH);
        }

        /** "killed or wounded", "wounded or killed": a casualty count, not a death toll. */
        private static Fate orOther(List<Token> tokens, int i, Lexicon other, Fate alone) {
            String link = Words.lower(tokens, i + 1);
            boolean joined = (link.equals("or") || link.equals("and")) && other.contains(Words.lower(tokens, i + 2));
            return joined ? Fate.CASUALTY : alone;
        }
    }
}
