/**
 * Acceptance tests: the whole pipeline on the development sets in {@code ../shared}, scored by their own
 * scorers, held to the floors recorded in {@code quality-floors.properties}.
 */
package org.orbat.acceptance;
