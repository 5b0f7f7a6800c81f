/**
 * Language processing: the {@link org.orbat.nlp.NlpPipeline} interface and its Stanford CoreNLP
 * implementation. The only package that imports {@code edu.stanford.nlp}; it hands our own
 * {@link org.orbat.nlp.AnnotatedArticle} downstream.
 */
package org.orbat.nlp;
