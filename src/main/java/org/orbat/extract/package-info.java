/**
 * Turning annotated sentences into facts: places, dates, events, relations, fatalities, reporting
 * sources and stance. One sub-package per concern.
 */
package org.orbat.extract;
