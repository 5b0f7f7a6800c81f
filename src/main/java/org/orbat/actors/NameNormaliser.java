package org.orbat.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a name to a transliteration-blind key, token by token, so that the spellings of one
 * Arabic name meet ({@code Hazzm} and {@code Hazm}; {@code Jaish}, {@code Jaysh} and {@code Jeish};
 * {@code Hay'at Tahrir al-Sham} and {@code Hayat Tahrir-al-Sham}) while names with different
 * consonants stay apart ({@code Mujahideen} vs {@code Muhajireen}). This is not a fuzzy threshold:
 * each token is reduced by fixed rules and keys are compared for equality.
 *
 * <p>Rules, in order: Unicode compatibility decomposition with marks (diacritics, Arabic harakat)
 * removed; Arabic letter variants unified (alef forms, ta marbuta to ha, alef maqsura to ya, tatweel
 * dropped); lower case; possessive {@code 's} removed; apostrophes, ʿayn and hamza signs deleted;
 * hyphens split tokens; the Arabic article in all its forms ({@code al-}, {@code el-}, sun-letter
 * {@code ad-}/{@code ash-}/... when hyphenated, Arabic-script {@code ال}) and {@code the} dropped, as is
 * the connector {@code wa}/{@code wal}; then per Latin token: {@code sch}/{@code ch} to {@code sh},
 * {@code ph} to {@code f}, {@code dh} to {@code z}, {@code dj} (after any run of {@code d}) to {@code j},
 * {@code q}/{@code c}/{@code ck} to {@code k}, {@code v} to {@code w}, doubled letters collapsed, every
 * vowel run (with {@code y}, and {@code w} after a vowel or closing {@code y} and before a consonant, when
 * they close a syllable: Jaysh, Jawlani) reduced to one {@code a}, final {@code -ah}/{@code -eh}
 * (ta marbuta) and construct-state {@code -at} reduced to {@code -a}; finally the spelling families of
 * {@code actors/spelling.json} (Harkat/Harakat, Zengi/Zenki, Mehmet/Muhammad) map to one canonical key.
 * Its {@code distinct} words are keyed as spelt (lower case, marks removed), because the vowel rules would
 * make two different names one: {@code Nigerien} (Niger) and {@code Nigerian} (Nigeria) both reduce to
 * {@code nagaran}, and the army of one would resolve to the other's.
 * The conventions follow the variants the ALA-LC romanization and common press usage produce. The rules
 * leave nothing a second pass would reduce again: a key is its own key (Jazzer checks this).
 *
 * <p>Immutable and safe to share between threads; {@link #standard()} is the shared instance.
 */
public final class NameNormaliser {

    private static final class Holder {
        private static final NameNormaliser STANDARD = new NameNormaliser(SpellingTables.loadDefault());
    }

    private final Map<String, String> families = new HashMap<>();
    private final Set<String> articles;
    private final Set<String> assimilatedArticles;
    private final Set<String> connectors;
    private final Set<String> distinct = new HashSet<>();

    public NameNormaliser(SpellingTables tables) {
        this.articles = Set.copyOf(tables.articles());
        this.assimilatedArticles = Set.copyOf(tables.assimilatedArticles());
        this.connectors = Set.copyOf(tables.connectors());
        for (String word : tables.distinct()) {
            distinct.add(stripApostrophes(fold(word)));
        }
        for (Map.Entry<String, List<String>> family : tables.families().entrySet()) {
            String canonical = skeleton(stripApostrophes(fold(family.getKey())));
            families.put(canonical, canonical);
            for (String variant : family.getValue()) {
                families.put(skeleton(stripApostrophes(fold(variant))), canonical);
            }
        }
    }

    /** The normaliser built from the shipped spelling tables. */
    public static NameNormaliser standard() {
        return Holder.STANDARD;
    }

    /** The whole name's key: its token keys joined by one space; empty when the name has no letters. */
    public String key(String name) {
        List<String> keys = tokenKeys(name);
        return keys.size() == 1 ? keys.get(0) : String.join(" ", keys);
    }

    /** The key of every meaningful token of the name, articles and connectors left out. */
    public List<String> tokenKeys(String name) {
        return tokenKeys(name, true);
    }

    /**
     * Token keys; with {@code keepLoneArticle} false, a name made only of articles or connectors
     * ({@code al}, {@code the}) has no keys, as a token inside a longer name should.
     */
    public List<String> tokenKeys(String name, boolean keepLoneArticle) {
        String folded = fold(name);
        List<String> out = new ArrayList<>(4);
        List<String> dropped = new ArrayList<>(1);
        int length = folded.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordChar(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                addWord(folded.substring(start, i), out, dropped);
            }
        }
        if (out.isEmpty() && keepLoneArticle) {
            out.addAll(loneArticleKeys(dropped));
        }
        return out;
    }

    /**
     * The keys of a name made only of articles and connectors: their skeletons, less those that are
     * articles themselves when some are not. Keying "the al" to "tha al" let a second pass drop "al"
     * and keep "tha" (Jazzer found it with "l", "w" and "the"); keying it to "tha" keeps a key its own key.
     */
    private List<String> loneArticleKeys(List<String> dropped) {
        List<String> all = new ArrayList<>(dropped.size());
        List<String> standalone = new ArrayList<>(dropped.size());
        for (String word : dropped) {
            String skeleton = skeleton(word);
            all.add(skeleton);
            if (!articles.contains(skeleton) && !connectors.contains(skeleton)) {
                standalone.add(families.getOrDefault(skeleton, skeleton));
            }
        }
        return standalone.isEmpty() ? all : standalone;
    }

    private void addWord(String word, List<String> out, List<String> dropped) {
        String w = stripPossessive(word);
        String[] parts = w.split("-");
        for (int p = 0; p < parts.length; p++) {
            String part = stripApostrophes(parts[p]);
            if (part.isEmpty()) {
                continue;
            }
            boolean hyphenatedBefore = p < parts.length - 1;
            if (articles.contains(part) || connectors.contains(part)
                    || (hyphenatedBefore && assimilatedArticles.contains(part))) {
                dropped.add(part);
                continue;
            }
            if (isArabicScript(part.charAt(0))) {
                out.add(arabicKey(part));
            } else if (distinct.contains(part)) {
                out.add(part);
            } else {
                String skeleton = skeleton(part);
                if (articles.contains(skeleton) || connectors.contains(skeleton)) {
                    // A word that reduces to an article ("eal" to "al") would vanish when its key is
                    // normalised again; dropping it here keeps key(key(name)) equal to key(name).
                    dropped.add(part);
                    continue;
                }
                out.add(families.getOrDefault(skeleton, skeleton));
            }
        }
    }

    /**
     * The word without its article ({@code ال}, {@code وال}). The article comes off only before an
     * Arabic letter, and off every repeat, so the key starts as the word does and keying it again
     * changes nothing (Jazzer found "الXme" keyed to "xme", which a second pass then reduced as Latin).
     */
    private static String arabicKey(String part) {
        String word = part;
        while (true) {
            if (word.startsWith("وال") && word.length() > 4 && isArabicScript(word.charAt(3))) {
                word = word.substring(3);
            } else if (word.startsWith("ال") && word.length() > 3 && isArabicScript(word.charAt(2))) {
                word = word.substring(2);
            } else {
                return word;
            }
        }
    }

    private static String stripPossessive(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's' && word.charAt(n - 2) == '\'') {
            return word.substring(0, n - 2);
        }
        if (n > 1 && word.charAt(n - 1) == '\'') {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static String stripApostrophes(String part) {
        return part.indexOf('\'') < 0 ? part : part.replace("'", "");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-';
    }

    static boolean isArabicScript(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    /** Lower case, marks removed, apostrophe and hyphen variants unified, Arabic letter variants unified. */
    static String fold(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 128;
        }
        String source = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 128) {
                b.append(c == '`' ? '\'' : Character.toLowerCase(c));
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
                continue;
            }
            // Lower case first, so capitals meet the table too ("Ł" folded to "ł" but not on to "l").
            b.append(foldChar(Character.toLowerCase(c)));
        }
        return b.toString();
    }

    private static String foldChar(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BF', '\u02BE', '\u02BB', '\u02BC', '\u00B4', '\u2032', '\u02B9' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
            case '\u0131' -> "i";
            case '\u0142' -> "l";
            case '\u00F8', '\u00D8' -> "o";
            case '\u0111', '\u0110' -> "d";
            case '\u00E6', '\u00C6' -> "ae";
            case '\u00DF' -> "ss";
            case '\u0629' -> "\u0647";
            case '\u0649', '\u06CC' -> "\u064A";
            case '\u0671' -> "\u0627";
            case '\u06A9' -> "\u0643";
            default -> String.valueOf(Character.toLowerCase(c));
        };
    }

    /** The reduced form of one lower-case Latin token (see the class comment for the rules). */
    static String skeleton(String token) {
        StringBuilder t = new StringBuilder(token.length() + 2);
        int n = token.length();
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            switch (c) {
                case 's' -> {
                    if (next == 'c' && i + 2 < n && token.charAt(i + 2) == 'h') {
                        t.append("sh");
                        i += 2;
                    } else {
                        t.append('s');
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        t.append("sh");
                        i++;
                    } else {
                        t.append('k');
                        if (next == 'k') {
                            i++;
                        }
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        t.append('f');
                        i++;
                    } else {
                        t.append('p');
                    }
                }
                case 'd' -> {
                    int lastD = endOfRun(token, i);
                    if (next == 'h') {
                        t.append('z');
                        i++;
                    } else if (lastD + 1 < n && token.charAt(lastD + 1) == 'j') {
                        // The whole run goes, not one d: "ddj" kept a d that a second pass then dropped.
                        t.append('j');
                        i = lastD + 1;
                    } else {
                        t.append('d');
                    }
                }
                case 'q' -> t.append('k');
                case 'x' -> t.append("ks");
                case 'v' -> t.append('w');
                default -> t.append(c);
            }
        }
        StringBuilder o = new StringBuilder(t.length());
        int m = t.length();
        for (int i = 0; i < m; i++) {
            char c = t.charAt(i);
            if (i > 0 && c == t.charAt(i - 1)) {
                continue;
            }
            char next = nextDistinct(t, i);
            // A w closes a syllable after whatever was read as a vowel, a closing y included: judged by
            // the letter before it, "ayw" kept "aw", which the next pass read as a vowel run ("jkasawhaya").
            boolean afterVowel = o.length() > 0 && o.charAt(o.length() - 1) == 'a';
            boolean vowel = isVowel(c)
                    || (c == 'y' && i > 0 && !isVowel(next))
                    || (c == 'w' && afterVowel && next != 0 && !isVowel(next));
            if (vowel) {
                if (o.length() == 0 || o.charAt(o.length() - 1) != 'a') {
                    o.append('a');
                }
            } else {
                o.append(c);
            }
        }
        int len = o.length();
        if (len > 2 && o.charAt(len - 1) == 'h' && o.charAt(len - 2) == 'a') {
            o.setLength(len - 1);
        } else if (len >= 4 && o.charAt(len - 1) == 't' && o.charAt(len - 2) == 'a' && countVowelRuns(o) >= 2) {
            o.setLength(len - 1);
        }
        return o.toString();
    }

    /** The index of the last letter of the run of equal letters starting at {@code i}. */
    private static int endOfRun(CharSequence s, int i) {
        int end = i;
        while (end + 1 < s.length() && s.charAt(end + 1) == s.charAt(i)) {
            end++;
        }
        return end;
    }

    private static char nextDistinct(CharSequence s, int i) {
        char c = s.charAt(i);
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) != c) {
                return s.charAt(j);
            }
        }
        return 0;
    }

    private static int countVowelRuns(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == 'a') {
                count++;
            }
        }
        return count;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Lower-cases with the root locale; exposed for callers building case-insensitive surface maps. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Set view helper for tables given as lists of words: each word reduced to its key. */
    Set<String> keysOf(List<String> words) {
        Set<String> keys = new HashSet<>();
        for (String w : words) {
            String k = key(w);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }
}
