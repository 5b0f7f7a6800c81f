package org.orbat.store;

import org.orbat.model.DateValue;

/**
 * One row of the curated lineage table: {@code actorId} was {@code type} {@code targetId} on {@code date}.
 *
 * @param actorId the actor the step starts from
 * @param type {@code renamed_to}, {@code merged_into}, {@code split_from}, ...
 * @param targetId the other actor
 * @param date when, to the precision known; may be {@code null}
 */
public record LineageRecord(String actorId, String type, String targetId, DateValue date) {
}
