package org.orbat.store;

/** A document and how many relation and event rows were read from it (before events are merged across documents). */
public record DocumentCountRecord(DocumentRecord document, long relations, long events) {
}
