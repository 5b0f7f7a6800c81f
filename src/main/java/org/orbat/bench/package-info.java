/**
 * Speed and memory measurement: runs Orbat's standard pipeline and a plain CoreNLP reference side
 * by side in one JVM over the same articles, and reports documents, tokens, rates and peak heap.
 */
package org.orbat.bench;
