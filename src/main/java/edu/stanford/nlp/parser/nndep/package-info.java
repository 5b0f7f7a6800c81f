/**
 * CoreNLP's neural dependency parser's package, where Orbat adds one class: {@link
 * edu.stanford.nlp.parser.nndep.ExactFastClassifier} must override a package-private method of
 * CoreNLP's classifier. Orbat's own code reaches it only through {@code org.orbat.nlp.DependencyParser}.
 */
package edu.stanford.nlp.parser.nndep;
