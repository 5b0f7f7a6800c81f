package org.orbat.model;

import java.util.Objects;

/**
 * One dated relation between two actors, as one sentence states it. The knowledge base groups
 * relations with the same type, parties and period; a relation that changed (allies in 2014,
 * rivals in 2015) stays as two facts.
 *
 * @param type the relation
 * @param source the actor id the relation starts from (the member, the backed group, the leader)
 * @param target the other actor id
 * @param start when the relation is reported to hold from; {@code null} if unknown
 * @param end when it stopped holding; {@code null} if ongoing or unknown
 * @param evidence the sentence that states it
 */
public record Relation(RelationType type, String source, String target, DateValue start, DateValue end,
                       Evidence evidence) {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(evidence, "evidence");
        if (source.equals(target)) {
            throw new IllegalArgumentException("A relation needs two actors, got " + source + " twice");
        }
        if (type.symmetric() && source.compareTo(target) > 0) {
            String t = source;
            source = target;
            target = t;
        }
    }
}
