package org.orbat.actors;

/**
 * A span of a sentence that names an actor.
 *
 * @param sentence sentence index in the article
 * @param tokenBegin first token (inclusive)
 * @param tokenEnd last token (exclusive)
 * @param text the span as written
 * @param actorId the actor it resolves to
 * @param rule why: {@code registry}, {@code spelling rule}, {@code learned}, {@code abbreviation},
 *             {@code discovered}, {@code context} (short form or "the group" attached to the actor in context)
 */
public record ActorMention(int sentence, int tokenBegin, int tokenEnd, String text, String actorId, String rule) {
}
