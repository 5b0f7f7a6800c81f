package org.orbat.actors;

import org.orbat.model.Actor;

/**
 * A name resolved to an actor, and the rule that decided it.
 *
 * @param actor the actor
 * @param rule {@code exact}, {@code registry}, {@code spelling rule}, {@code abbreviation}, ...
 */
public record Resolution(Actor actor, String rule) {
}
