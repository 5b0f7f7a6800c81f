package org.orbat.store.corrections;

/**
 * A correction with what its last application found.
 *
 * @param correction the log entry
 * @param status what it found, or null if it has not been applied yet
 */
public record CorrectionEntry(Correction correction, CorrectionStatus status) {
    /** Whether the correction's target is gone. */
    public boolean stale() {
        return status != null && status.stale();
    }
}
