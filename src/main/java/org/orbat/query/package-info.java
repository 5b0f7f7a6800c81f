/**
 * The read side of the knowledge base: events merged across documents, actor profiles, the network
 * at a date, lineage as a succession chain, events by any spelling of a place, documents and the facts
 * read from each, evidence behind a fact, and "did you mean" for names nothing answers to.
 */
package org.orbat.query;
