package org.orbat.store.corrections;

/**
 * Whether a correction found its target the last time it was applied.
 *
 * @param correctionId the correction
 * @param stale whether its target is gone (its article changed and no longer states the fact, or an actor it names
 *     no longer exists)
 * @param target what it applies to now: an event keeps its correction when its article is read again under a new id
 * @param basis for an event, the content hash of its article when last applied, to tell a rejected event (gone
 *     because the correction removed it) from one its changed article no longer states
 * @param detail what was found, for the analyst
 */
public record CorrectionStatus(long correctionId, boolean stale, String target, String basis, String detail) {
}
