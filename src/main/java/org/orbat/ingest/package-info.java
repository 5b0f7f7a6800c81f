/**
 * Reading reports: plain text, HTML and JSON Lines files; removing page boilerplate; detecting the
 * title, outlet and publication date; rejecting bad input with a reason that names the file.
 */
package org.orbat.ingest;
