/**
 * The front door that runs the stages in order for each article (read, annotate, resolve actors,
 * resolve places, extract facts, store) on worker threads, and reports progress and failures.
 */
package org.orbat.pipeline;
