package org.orbat.query;

import org.orbat.model.DateValue;

/**
 * One step of an actor's history: {@code from} was {@code type} {@code to} on {@code date}.
 *
 * @param type {@code renamed_to}, {@code merged_into}, {@code split_from}, {@code member_of}, ...
 * @param from the actor the step starts from
 * @param to the other actor
 * @param date when, to the precision known; may be {@code null}
 * @param source {@code registry} for curated lineage, else the relation fact id that states it
 */
public record LineageStep(String type, ActorRef from, ActorRef to, DateValue date, String source) {
}
