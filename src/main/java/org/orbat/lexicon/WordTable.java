package org.orbat.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language's word list whose words each belong to a kind ({@code word<TAB>kind}, one a line), such as
 * {@code lang/en/sponsor-participles.tsv} (backing, ally, affiliation, dominance) or {@code lang/ar/articles.tsv} (definite,
 * assimilated, medial): one file holds the words, and each rule asks for the kinds it needs instead of keeping
 * its own copy. Words are kept lower case.
 *
 * <p>Immutable; threads may share it.
 */
public final class WordTable {
    private static final Map<String, WordTable> LOADED = new HashMap<>();

    private final String resource;
    private final Map<String, Set<String>> byKind;

    WordTable(String resource, Map<String, Set<String>> byKind) {
        this.resource = resource;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        byKind.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        this.byKind = Map.copyOf(copy);
    }

    /** The table {@code name} of {@code language}'s folder, loaded on first use. */
    public static synchronized WordTable of(Language language, String name) {
        return LOADED.computeIfAbsent(language.resource(name), WordTable::load);
    }

    /** The words of the given kinds, lower case; a kind the table lacks is an error naming the file. */
    public Set<String> words(String... kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (String kind : kinds) {
            Set<String> words = byKind.get(kind);
            if (words == null) {
                throw new IllegalArgumentException(resource + ": no kind '" + kind + "' (has " + byKind.keySet() + ")");
            }
            out.addAll(words);
        }
        return Set.copyOf(out);
    }

    /** Every word of the table, whatever its kind. */
    public Set<String> all() {
        return words(byKind.keySet().toArray(String[]::new));
    }

    /** The words as a regular-expression alternation, longest first ("ash|al|…"). */
    public static String alternation(Set<String> words) {
        List<String> sorted = words.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .toList();
        return String.join("|", sorted);
    }

    private static WordTable load(String resource) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource)) {
            String[] c = row.columns();
            if (c.length != 2 || c[0].isBlank() || c[1].isBlank()) {
                throw new IllegalStateException(resource + " line " + row.line() + ": expected word<TAB>kind");
            }
            byKind.computeIfAbsent(c[1].trim(), k -> new LinkedHashSet<>()).add(c[0].trim().toLowerCase(Locale.ROOT));
        }
        return new WordTable(resource, byKind);
    }
}
