/**
 * Speed and memory measurement, kept out of the product's stages: {@link org.orbat.bench.Benchmark}
 * runs Orbat's standard pipeline and a plain CoreNLP reference side by side in one JVM over the same
 * articles; {@link org.orbat.bench.KbGenerator} writes a synthetic knowledge base of a million events
 * and {@link org.orbat.bench.QueryBenchmark} times the queries on it; {@link
 * org.orbat.bench.ResolverBenchmark} times actor resolution. Nothing in the pipeline imports this
 * package (the architecture test checks it).
 */
package org.orbat.bench;
