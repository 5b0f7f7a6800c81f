package org.orbat.extract.relations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;

/**
 * The word lists of {@code resources/lang/en/relation-words.tsv} through which the relation frames
 * read their arguments: proxy nouns ("IS positions"), light verbs ("launched an offensive"), role
 * nouns ("the affiliate X") and the like, each list named by its first column. Loaded once from the
 * classpath; immutable and thread-safe.
 */
final class RelationWords {
    private static final String RESOURCE = Language.ENGLISH.resource("relation-words.tsv");
    private static final Map<String, Set<String>> LISTS = load();

    private RelationWords() {
    }

    /** The words of one list, lower case; throws naming the list when the file has none of that name. */
    static Set<String> of(String list) {
        Set<String> words = LISTS.get(list);
        if (words == null) {
            throw new IllegalArgumentException(RESOURCE + " has no list named '" + list + "'");
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] c = row.columns();
            if (c.length != 2 || c[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + row.line() + ": expected 'list<TAB>word', got '" + row.text() + "'");
            }
            lists.computeIfAbsent(c[0].trim(), k -> new HashSet<>()).add(c[1].trim().toLowerCase(Locale.ROOT));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
