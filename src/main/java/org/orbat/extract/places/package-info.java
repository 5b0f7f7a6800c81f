/**
 * Places: a world gazetteer (OCHA/HDX places of Syria, GeoNames places and divisions of every country, village
 * lists, an OpenStreetMap layer) and the resolution of place mentions, namesakes chosen by the article's country.
 */
package org.orbat.extract.places;
