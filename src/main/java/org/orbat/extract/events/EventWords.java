package org.orbat.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orbat.OrbatException;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;

/**
 * The closed word lists the event rules read ({@code resources/lang/en/event-words.tsv}): what an attack
 * hits, the words before it, the heads of a phrase naming fighters, locative prepositions and the like,
 * each kept once so that two rules reading "a target" read the same words. Immutable and thread-safe.
 */
final class EventWords {
    private static final String RESOURCE = Language.ENGLISH.resource("event-words.tsv");
    private static final Map<String, Set<String>> LISTS = load();

    private EventWords() {
    }

    /** The list named {@code name}; a name the file lacks is a programming error and fails loudly. */
    static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new OrbatException(RESOURCE + ": no list named '" + name + "'");
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE)) {
            String[] cols = row.columns();
            if (cols.length != 2 || cols[1].isBlank()) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": expected 'name<TAB>word word ...': " + row.text());
            }
            if (out.put(cols[0].trim(), Set.of(cols[1].trim().toLowerCase(Locale.ROOT).split("\\s+"))) != null) {
                throw new OrbatException(RESOURCE + ":" + row.line() + ": list '" + cols[0].trim() + "' given twice");
            }
        }
        return Map.copyOf(out);
    }
}
