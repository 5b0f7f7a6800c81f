package org.orbat.store;

/** An actor and how many mentions the knowledge base holds for it. */
public record ActorCountRecord(ActorRecord actor, long mentions) {
}
