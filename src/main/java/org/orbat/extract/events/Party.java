package org.orbat.extract.events;

import org.orbat.model.ActorKind;

/**
 * An actor named in a sentence as a possible side of an event: a resolved actor mention, or a generic
 * phrase ("gunmen", "two farmers") standing for one of ACLED's generic actors.
 *
 * @param actorId the actor's id
 * @param tokenBegin first token of the phrase
 * @param tokenEnd one past its last token
 * @param kind the actor's kind
 */
record Party(String actorId, int tokenBegin, int tokenEnd, ActorKind kind) {
}
