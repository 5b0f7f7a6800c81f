package org.orbat.query;

import java.util.List;

/**
 * One name of an actor, how it was attached and where it was seen.
 *
 * @param name the surface form
 * @param origin {@code registry}, {@code spelling rule}, {@code learned}, {@code discovered}
 * @param documents ids of the documents it was seen in; empty for a curated name never seen
 * @param notes what backs the origin (e.g. the sentence it was learned from), without repeats
 */
public record AliasView(String name, String origin, List<String> documents, List<String> notes) {
    public AliasView {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }
}
