/**
 * The Spark job that runs Orbat's per-document pipeline over a large corpus on a cluster, writes the
 * facts as Parquet tables, and merges them into one knowledge base ({@code kb.json}, optionally PostgreSQL).
 */
package org.orbat.spark;
