/** Writing the knowledge base out in the formats analysts' tools read. */
package org.orbat.export;
