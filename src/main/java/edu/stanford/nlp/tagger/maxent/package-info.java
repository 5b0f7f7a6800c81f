/**
 * CoreNLP's part-of-speech tagger's package, where Orbat adds {@link
 * edu.stanford.nlp.tagger.maxent.ExactFastTagger} and its sentence scorer: they read the tagger's
 * package-private model and extend its package-private scoring. Orbat's own code reaches them only
 * through {@code org.orbat.nlp.PosTagger}.
 */
package edu.stanford.nlp.tagger.maxent;
