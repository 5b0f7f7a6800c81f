/**
 * The read side of the knowledge base: events merged across documents, actor profiles, the network
 * at a date, lineage, evidence behind a fact.
 */
package org.orbat.query;
