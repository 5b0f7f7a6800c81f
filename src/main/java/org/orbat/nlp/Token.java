package org.orbat.nlp;

/**
 * One token of a sentence.
 *
 * @param word the token text as it stands in the document
 * @param begin character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lemma
 * @param ner CoreNLP named-entity tag ({@code O} when none): PERSON, ORGANIZATION, LOCATION, CITY, ...
 */
public record Token(String word, int begin, int end, String pos, String lemma, String ner) {
}
