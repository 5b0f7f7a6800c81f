/**
 * Analysts' own place lists ({@code orbat gazetteer import}): a GeoNames dump or a simple CSV read into gazetteer
 * places, each given the first- and second-level division names the shipped gazetteer uses, so an imported village
 * is chosen, and reported, like a shipped one. A bad line stops the whole list with an error naming file and line.
 */
package org.orbat.extract.places.lists;
