/**
 * Test support shared by the stages' tests: the one hand-made stand-in for CoreNLP's tokenizer and taggers
 * ({@link org.orbat.testing.HandArticle}), a made-up language that proves the language seam
 * ({@link org.orbat.testing.ToyLanguagePack}), and seeded generators of hostile input.
 */
package org.orbat.testing;
