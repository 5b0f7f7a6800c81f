package org.orbat.extract.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;

/**
 * The lookup key of a place name: a light normalisation that lets the many English transliterations
 * of one Arabic name meet ("Meznaz"/"Miznaz" do not, being different vowels, but "Kafar Nouran" and
 * "Kafr Nuran", "Deir al-Zour" and "Deir Ezzour", "Hasakeh" and "Al-Hasakah" do).
 *
 * <p>Steps: lower case; diacritics off; apostrophes and ʿayn/hamza signs dropped; hyphens and other
 * punctuation as spaces; Arabic articles (al-, el-, ar-, as-, ash-, ...) dropped, also the glued
 * "ez"/"ezz" of "Deir Ezzor"; word variants unified from {@code gazetteer/name-variants.tsv}
 * (Kafr/Kafar/Kfar, Deir/Dayr, Tal/Tell, ...); doubled letters collapsed; ou→u, ee→i, oo→u;
 * endings -eh/-ah/-a/-e unified. Stateless and thread-safe.
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ´]");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Words a name's key leaves out: the Arabic article before the name, in any of its forms, and "the". */
    private static final Set<String> ARTICLES = Stream.concat(
            WordTable.of(Language.ARABIC, "articles.tsv").words("definite", "assimilated").stream(), Stream.of("the"))
            .collect(Collectors.toUnmodifiableSet());
    private static final int MIN_SKELETON = 3;
    private static final Map<String, String> VARIANTS = ResourceTables.pairs("gazetteer/name-variants.tsv");

    private PlaceNames() {
    }

    /** The lookup key of {@code name}; empty when nothing of it is left (punctuation, a lone article). */
    public static String key(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(fold(name))) {
            if (word.isEmpty() || ARTICLES.contains(word)) {
                continue;
            }
            words.add(word(word));
        }
        return String.join(" ", words);
    }

    /** Lower case, diacritics and apostrophes off: the surface form, for stop-word checks. */
    public static String fold(String name) {
        if (plainAscii(name)) { // most names: no diacritics or apostrophes to strip (gazetteer load 28 s to 9 s)
            return name.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase()
                .replace('ı', 'i');
    }

    private static boolean plainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128 || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /**
     * The consonants of a key, spaces off, {@code q} as {@code k}: the last resort for spellings that differ in
     * their vowels or word breaks ("Tal Jammeh" and "Tal Jomaa", "Sulayman Sari" and "Sleiman Sari", "Wormamay"
     * and "Wor Mamay"), where transliterations of Arabic, Pashto or Burmese disagree most. Empty when fewer than
     * {@value #MIN_SKELETON} consonants are left: shorter skeletons meet too many names.
     */
    public static String skeleton(String key) {
        String consonants = consonants(key);
        return consonants.length() >= MIN_SKELETON ? consonants : "";
    }

    /**
     * The edit distance (Levenshtein) between two keys, spaces ignored ("Kafr Aziba", "Kafraziba" differ in
     * their word breaks).
     */
    static int spellingDistance(String a, String b) {
        String x = a.replace(" ", "");
        String y = b.replace(" ", "");
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    /**
     * How far apart two spellings of a name are: their {@link #spellingDistance}, when their consonants
     * ({@link #skeleton}) differ by one edit at most, else {@link Integer#MAX_VALUE}. Transliterations differ in
     * vowels, doubled letters and word breaks, seldom in more than one consonant ("Berghab" and "Berjhab", not
     * "Bozmar").
     */
    static int closeness(String a, String b) {
        return spellingDistance(consonants(a), consonants(b)) <= 1 ? spellingDistance(a, b) : Integer.MAX_VALUE;
    }

    private static String consonants(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i) == 'q' ? 'k' : key.charAt(i);
            if ("aeiouyw ".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether two spellings {@code distance} edits apart may be one name written two ways: one edit in a name of up
     * to five letters ("Ibin", "Abin"), two up to nine ("Berghab", "Berjhab"), three beyond. Transliterations of
     * Arabic and Slavic names differ by about one letter in four, chiefly vowels.
     */
    static boolean closeSpellings(String key, int distance) {
        int letters = key.replace(" ", "").length();
        int allowed = letters <= 5 ? 1 : letters <= 9 ? 2 : 3;
        return distance <= allowed;
    }

    private static String word(String word) {
        String w = VARIANTS.getOrDefault(word, word);
        if (w.startsWith("ezz") && w.length() > 4) { // "Ezzor", "Ezzour": the glued article of Deir ez-Zor
            w = w.substring(2);
        }
        StringBuilder collapsed = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                collapsed.append(w.charAt(i));
            }
        }
        // "Zaporizhzhia" is often "Zaporizhia": a doubled digraph of Slavic transliteration counts once
        w = collapsed.toString().replace("zhzh", "zh").replace("shsh", "sh").replace("ou", "u").replace("ee", "i")
                .replace("oo", "u");
        if (w.length() > 3 && (w.endsWith("eh") || w.endsWith("ah"))) {
            w = w.substring(0, w.length() - 2) + "a";
        } else if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1) + "a";
        }
        return VARIANTS.getOrDefault(w, w);
    }
}
