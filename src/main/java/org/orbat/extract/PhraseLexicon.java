package org.orbat.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.orbat.OrbatException;
import org.orbat.lexicon.TsvResource;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * A curated list of phrases, each with a label, loaded from a TSV resource and matched against
 * sentences. A phrase word matches a token's lemma or lower-cased form; a word ending in {@code *}
 * matches any token with that prefix. Hyphenated tokens ("air-strike", "US-backed") are matched by
 * their parts as well. Immutable and safe to share between threads.
 *
 * @param <T> the label type
 */
public final class PhraseLexicon<T> {
    private final Map<String, List<Entry<T>>> byFirstWord;
    /**
     * Phrases whose first word is a prefix ("clash*"), by the prefix's first three letters ("" for shorter
     * prefixes), each with its rank in the order the phrases are tried, so that a token is checked only
     * against the prefixes it could start with instead of against every one.
     */
    private final Map<String, List<Wild<T>>> wildByStart;
    private final List<Entry<T>> entries;

    private record Wild<T>(Entry<T> entry, int rank) {
    }

    /** One phrase and its label. */
    public record Entry<T>(List<String> words, T label) {
    }

    /** A phrase found in a sentence, over tokens {@code [tokenBegin, tokenEnd)}. */
    public record Match<T>(int tokenBegin, int tokenEnd, T label, String phrase) {
    }

    private PhraseLexicon(List<Entry<T>> entries) {
        Map<String, List<Entry<T>>> index = new HashMap<>();
        for (Entry<T> e : entries) {
            String first = e.words().get(0);
            String key = first.endsWith("*") ? "*" : first;
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Entry<T> e) -> -e.words().size())));
        Map<String, List<Wild<T>>> wild = new HashMap<>();
        List<Entry<T>> prefixed = index.getOrDefault("*", List.of());
        for (int r = 0; r < prefixed.size(); r++) {
            Entry<T> e = prefixed.get(r);
            String prefix = e.words().get(0).substring(0, e.words().get(0).length() - 1);
            wild.computeIfAbsent(start(prefix), k -> new ArrayList<>()).add(new Wild<>(e, r));
        }
        index.remove("*");
        this.byFirstWord = Map.copyOf(index);
        this.wildByStart = Map.copyOf(wild);
        this.entries = List.copyOf(entries);
    }

    /** Every phrase and its label, in the order they were loaded. */
    public List<Entry<T>> entries() {
        return entries;
    }

    /** The bucket of a word or prefix: its first three letters, or "" when it is shorter. */
    private static String start(String word) {
        return word.length() >= 3 ? word.substring(0, 3) : "";
    }

    /** Loads {@code phrase<TAB>label[<TAB>more]} lines (the label function gets everything after the phrase) from a classpath resource; {@code #} starts a comment line. */
    public static <T> PhraseLexicon<T> load(String resource, Function<String, T> labels) {
        List<Entry<T>> entries = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.read(resource)) {
            if (row.columns().length < 2) {
                throw new OrbatException(resource + ":" + row.line() + ": expected 'phrase<TAB>label', got '" + row.text() + "'");
            }
            try {
                entries.add(new Entry<>(List.of(row.columns()[0].trim().toLowerCase(Locale.ROOT).split("\\s+")),
                    labels.apply(row.text().substring(row.text().indexOf('\t') + 1).trim())));
            } catch (IllegalArgumentException e) {
                throw new OrbatException(resource + ":" + row.line() + ": " + e.getMessage());
            }
        }
        return new PhraseLexicon<>(entries);
    }

    /** Every phrase occurrence in the sentence, longest first at each position, without overlaps. */
    public List<Match<T>> find(AnnotatedSentence sentence) {
        List<Unit> units = Unit.of(sentence.tokens());
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            Match<T> best = null;
            int bestLen = 0;
            List<Entry<T>> tried = new ArrayList<>();
            for (String key : new String[] {units.get(i).word, units.get(i).lemma}) {
                tried.addAll(byFirstWord.getOrDefault(key, List.of()));
            }
            tried.addAll(prefixedCandidates(units.get(i)));
            for (Entry<T> e : tried) {
                int len = e.words().size();
                if (len > bestLen && matches(e.words(), units, i)) {
                    best = new Match<>(units.get(i).token, units.get(i + len - 1).token + 1, e.label(), String.join(" ", e.words()));
                    bestLen = len;
                }
            }
            if (best != null) {
                out.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The prefixed phrases a token could start, in the order they are tried (longest phrases first, then file order). */
    private List<Entry<T>> prefixedCandidates(Unit u) {
        List<Wild<T>> found = new ArrayList<>(wildByStart.getOrDefault("", List.of()));
        String w = start(u.word);
        String l = start(u.lemma);
        if (!w.isEmpty()) {
            found.addAll(wildByStart.getOrDefault(w, List.of()));
        }
        if (!l.isEmpty() && !l.equals(w)) {
            found.addAll(wildByStart.getOrDefault(l, List.of()));
        }
        found.sort(Comparator.comparingInt(Wild::rank));
        return found.stream().map(Wild::entry).toList();
    }

    private static boolean matches(List<String> words, List<Unit> units, int at) {
        if (at + words.size() > units.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            Unit u = units.get(at + k);
            boolean ok = w.endsWith("*")
                ? u.word.startsWith(w.substring(0, w.length() - 1)) || u.lemma.startsWith(w.substring(0, w.length() - 1))
                : u.word.equals(w) || u.lemma.equals(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A token, or one part of a hyphenated token, lower-cased. */
    private record Unit(int token, String word, String lemma) {
        static List<Unit> of(List<Token> tokens) {
            List<Unit> units = new ArrayList<>(tokens.size() + 8);
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                String word = tok.word().toLowerCase(Locale.ROOT);
                String lemma = tok.lemma() == null ? word : tok.lemma().toLowerCase(Locale.ROOT);
                if (word.indexOf('-') > 0 && word.length() > 2) {
                    for (String part : word.split("-")) {
                        if (!part.isEmpty()) {
                            units.add(new Unit(t, part, part));
                        }
                    }
                } else {
                    units.add(new Unit(t, word, lemma));
                }
            }
            return units;
        }
    }
}
