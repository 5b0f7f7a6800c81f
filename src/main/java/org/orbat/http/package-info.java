/**
 * The read-only HTTP JSON API ({@code orbat serve}): server wiring, one handler per resource, the
 * OpenAPI document and the optional page in {@code resources/web/}. The only package that imports Javalin.
 */
package org.orbat.http;
