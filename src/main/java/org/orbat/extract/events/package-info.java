/**
 * Events (battles, captures, strikes, violence against civilians, arrests, disbandings,
 * formations, declarations, agreements) from trigger phrases, with their actors, places, dates,
 * tolls, sources and stance; reports of one happening within an article are merged.
 */
package org.orbat.extract.events;
