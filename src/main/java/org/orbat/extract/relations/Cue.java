package org.orbat.extract.relations;

import org.orbat.model.RelationType;

/** A relation cue phrase's meaning: which relation, and how its parties stand around it. */
record Cue(RelationType type, CueShape shape) {
    static Cue parse(String label) {
        String[] parts = label.split("\t");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected 'type<TAB>shape', got '" + label + "'");
        }
        return new Cue(RelationType.fromCode(parts[0].trim()), CueShape.fromCode(parts[1]));
    }
}
