package org.orbat.query;

/**
 * An analyst's correction of a fact, as evidence shows it: who changed what, when and why, and whether it still holds.
 *
 * @param id the correction's number in the log
 * @param madeAt when (ISO instant)
 * @param editor who
 * @param action what ({@code reject-event}, {@code fix-event}, ...)
 * @param reason why, in the editor's words
 * @param found what its last application found
 * @param stale whether its target is gone
 */
public record CorrectionNote(long id, String madeAt, String editor, String action, String reason, String found, boolean stale) {
}
