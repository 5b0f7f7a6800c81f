package org.orbat.actors;

/**
 * A key that led to one actor, and the rule that led there.
 *
 * @param actorId the actor
 * @param rule {@code exact}, {@code registry}, {@code spelling rule}, {@code abbreviation},
 *             {@code designator}, {@code convention}, {@code learned}, {@code discovered}
 */
record NameMatch(String actorId, String rule) {
}
