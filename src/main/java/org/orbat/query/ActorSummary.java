package org.orbat.query;

import org.orbat.model.ActorKind;

/** One line of the actor list: id, canonical name, kind and mention count. */
public record ActorSummary(String id, String name, ActorKind kind, long mentions) {
}
