package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Token;

/**
 * Finds numbers in a token list: digits ("80", "1,200"), number words ("twenty", "Twenty-three", "twenty three",
 * "two hundred") and "a dozen". A range ("2-3", "between four and six", "12 to 15", "one or two") is read as its
 * lower end, the ACLED codebook's most conservative figure. Vague quantities are valued as that codebook values
 * them ("Reported fatalities"): "tens" 10, "dozens" 12, "hundreds" 100, and for the vague plurals its figure for a
 * limited attack, 3 ("several", "a few"), or for a significant one, 10 ("many"); they are marked
 * {@link NumberMention#estimated()}. Stateless; threads may share it.
 */
final class NumberReader {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{1,9}");
    /** "2-3" written as one token. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})[-–](\\d{1,5})");
    private static final Map<String, Integer> VAGUE = Map.of("tens", 10, "dozens", 12, "hundreds", 100,
            "several", 3, "many", 10);
    /** This class's words, kept as data: {@code lang/en/grammar/number-reader.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/number-reader.tsv");
    /** "as many as 40", "how many": "many" there is no count. */
    private static final Set<String> NOT_BEFORE_MANY = GRAMMAR.words("not-before-many");
    private static final Set<String> RANGE_LINKS = GRAMMAR.words("range-links");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000);

    private NumberReader() {
    }

    static List<NumberMention> read(List<Token> tokens) {
        return ranges(tokens, exact(tokens));
    }

    /** Merges "A to B", "A or B", "A - B" and "between A and B" into A. */
    private static List<NumberMention> ranges(List<Token> tokens, List<NumberMention> numbers) {
        List<NumberMention> out = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            NumberMention low = numbers.get(k);
            if (k + 1 < numbers.size()) {
                NumberMention high = numbers.get(k + 1);
                String link = Words.lower(tokens, low.tokenEnd());
                boolean between = link.equals("and") && Words.lower(tokens, low.tokenBegin() - 1).equals("between");
                if (high.tokenBegin() == low.tokenEnd() + 1 && high.value() > low.value()
                        && (between || RANGE_LINKS.contains(link))) {
                    out.add(new NumberMention(low.value(), low.tokenBegin(), high.tokenEnd(), low.digits(), false,
                            low.estimated()));
                    k++;
                    continue;
                }
            }
            out.add(low);
        }
        return List.copyOf(out);
    }

    private static List<NumberMention> exact(List<Token> tokens) {
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<NumberMention> mention = readAt(tokens, i);
            if (mention.isPresent()) {
                found.add(mention.get());
                i = mention.get().tokenEnd();
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    private static Optional<NumberMention> readAt(List<Token> tokens, int i) {
        String word = Words.lower(tokens, i);
        if (DIGITS.matcher(word).matches()) {
            int value = Integer.parseInt(word.replace(",", ""));
            boolean year = YEAR.matcher(word).matches();
            return Optional.of(new NumberMention(value, i, i + 1, true, year));
        }
        Matcher range = RANGE.matcher(word);
        if (range.matches()) {
            int low = Integer.parseInt(range.group(1));
            int high = Integer.parseInt(range.group(2));
            if (low < high) {
                return Optional.of(new NumberMention(low, i, i + 1, true, false));
            }
        }
        if (word.equals("a") && Words.lower(tokens, i + 1).equals("few")) {
            return Optional.of(new NumberMention(3, i, i + 2, false, false, true));
        }
        if (VAGUE.containsKey(word) && !(word.equals("many") && NOT_BEFORE_MANY.contains(Words.lower(tokens, i - 1)))) {
            return Optional.of(new NumberMention(VAGUE.get(word), i, i + 1, false, false, true));
        }
        if (word.equals("a") || word.equals("one")) {
            if (Words.lower(tokens, i + 1).equals("dozen")) {
                return Optional.of(new NumberMention(12, i, i + 2, false, false));
            }
        }
        Optional<Integer> small = smallNumber(word);
        if (small.isEmpty()) {
            return Optional.empty();
        }
        int value = small.get();
        int end = i + 1;
        if (TENS.containsKey(word) && UNITS.containsKey(Words.lower(tokens, end))
                && UNITS.get(Words.lower(tokens, end)) < 10) {
            value += UNITS.get(Words.lower(tokens, end));
            end++;
        }
        String next = Words.lower(tokens, end);
        if (next.equals("dozen")) {
            return Optional.of(new NumberMention(value * 12, i, end + 1, false, false));
        }
        if (SCALES.containsKey(next)) {
            value *= SCALES.get(next);
            end++;
        }
        return Optional.of(new NumberMention(value, i, end, false, false));
    }

    /** 1–99 written as one word, possibly hyphenated ("twenty-three"). */
    private static Optional<Integer> smallNumber(String word) {
        if (UNITS.containsKey(word)) {
            return Optional.of(UNITS.get(word));
        }
        if (TENS.containsKey(word)) {
            return Optional.of(TENS.get(word));
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = TENS.get(word.substring(0, hyphen));
            Integer unit = UNITS.get(word.substring(hyphen + 1));
            if (tens != null && unit != null && unit < 10) {
                return Optional.of(tens + unit);
            }
        }
        return Optional.empty();
    }
}
