/**
 * The values that flow through Orbat's pipeline and into its knowledge base: articles, actors and
 * their aliases, relations, events, places, dates with their precision, and the evidence behind
 * each fact. Records only, with no third-party imports, so every stage can share them.
 */
package org.orbat.model;
