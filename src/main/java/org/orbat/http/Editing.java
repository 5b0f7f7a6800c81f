package org.orbat.http;

/**
 * What lets {@link ApiServer} take corrections: who may sign in, and where corrections go. Without it the API is read-only.
 *
 * @param editors the editors and their sessions
 * @param desk the knowledge base corrections are written to
 */
public record Editing(Editors editors, CorrectionDesk desk) {
}
