package org.orbat.query;

import org.orbat.store.ActorRecord;

/** An actor as results refer to it: id and canonical name (the id again if the actor row is missing). */
public record ActorRef(String id, String name) {
    static ActorRef of(ActorRecord a) {
        return new ActorRef(a.id(), a.name());
    }

    @Override
    public String toString() {
        return name;
    }
}
