package org.orbat.store;

/** A stored sentence: its position, character offsets in the document body, and verbatim text. */
public record SentenceRecord(int index, int begin, int end, String text) {
}
