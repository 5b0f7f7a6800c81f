/**
 * Places: the gazetteer of Syria and its neighbours (OCHA/HDX populated places, GeoNames-derived
 * cities, curated military bases and landmarks) and context-aware resolution of place mentions.
 */
package org.orbat.extract.places;
