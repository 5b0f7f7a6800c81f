/**
 * Who is who: the curated actor registry, transliteration-aware name normalisation, resolution of
 * mentions to actors, alias learning from the text and discovery of groups not yet in the registry.
 */
package org.orbat.actors;
