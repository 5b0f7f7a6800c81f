/**
 * Writing the knowledge base out in the formats analysts' tools read: the evaluation JSON, an
 * ACLED-style event CSV, GeoJSON event points, and the actor network as GraphML and dynamic GEXF.
 * Every format reads events merged across documents ({@link org.orbat.query.EventMerger}).
 */
package org.orbat.export;
