/**
 * Who is who: the actor registry (curated files stacked over tables generated from open data: every
 * country's state, military and police, UCDP's armed groups), transliteration-aware name
 * normalisation, resolution of mentions to actors, alias learning from the text and discovery of
 * groups not yet in the registry.
 */
package org.orbat.actors;
