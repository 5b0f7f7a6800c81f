/**
 * Sentence-level claims: death and injury tolls ({@link org.orbat.extract.claims.FatalityExtractor}, read against the
 * rest of the article by {@link org.orbat.extract.claims.ArticleTolls}), the source a
 * sentence attributes its report to ({@link org.orbat.extract.claims.SourceAttributor}) and how the sentence stands
 * to a fact it states ({@link org.orbat.extract.claims.StanceDetector}). Works on token words and lemmas, so it
 * reads real CoreNLP tokens and hand-built test tokens alike.
 */
package org.orbat.extract.claims;
