package org.orbat.query;

import org.orbat.model.DateValue;

/**
 * One step of a succession: {@code from} was {@code type} {@code to} on {@code date} ("al-Nusra
 * Front renamed_to Jabhat Fatah al-Sham, 2016-07").
 *
 * @param from the actor the step starts from
 * @param type {@code renamed_to}, {@code merged_into}, {@code split_from} or {@code successor}
 * @param to the other actor
 * @param date when, to the precision known; may be {@code null}
 * @param source {@code registry} for curated lineage, else the relation fact id that states it
 */
public record SuccessionStep(ActorRef from, String type, ActorRef to, DateValue date, String source) {

    /** The step as a phrase: "split from", "merged into". */
    public String phrase() {
        return type.replace('_', ' ');
    }
}
