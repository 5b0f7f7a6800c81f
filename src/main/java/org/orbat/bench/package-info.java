/**
 * Speed and memory measurement, kept out of the product's stages: {@link org.orbat.bench.Benchmark}
 * runs Orbat's standard pipeline and a plain CoreNLP reference side by side in one JVM over the same
 * articles; {@link org.orbat.bench.KbGenerator} writes a synthetic knowledge base of a million events
 * and {@link org.orbat.bench.QueryBenchmark} times the queries on it; {@link org.orbat.bench.ArticleGenerator}
 * writes synthetic news reports (a year of agency dispatches on several wars, from the registry, the gazetteer
 * and the trigger lexicons) for ingest at scale; {@link
 * org.orbat.bench.ResolverBenchmark} times actor resolution. Nothing in the pipeline imports this
 * package (the architecture test checks it).
 */
package org.orbat.bench;
