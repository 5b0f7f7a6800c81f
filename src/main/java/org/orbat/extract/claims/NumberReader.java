package org.orbat.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.orbat.nlp.Token;

/**
 * Finds exact numbers in a token list: digits ("80", "1,200"), number words ("twenty", "Twenty-three",
 * "twenty three", "two hundred") and "a dozen". Vague quantities ("dozens", "hundreds", "scores") are not numbers
 * and are skipped. Stateless; threads may share it.
 */
final class NumberReader {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{1,9}");
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
