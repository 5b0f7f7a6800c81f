package org.orbat.store;

/**
 * One row of the aliases table: a name, how it was attached, and the document it was seen in.
 *
 * @param actorId the actor the name belongs to
 * @param name the surface form
 * @param origin {@code registry}, {@code spelling rule}, {@code learned}, {@code discovered}
 * @param note free text backing the origin; may be empty
 * @param documentId the document the alias was seen in; empty for curated registry aliases
 */
public record AliasRecord(String actorId, String name, String origin, String note, String documentId) {
}
