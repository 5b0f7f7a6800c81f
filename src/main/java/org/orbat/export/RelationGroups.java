package org.orbat.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

/**
 * Groups relation rows (one per stating sentence) into facts: same type, same parties, same start.
 * Relations with different dates stay apart, so a change (allies, then rivals) keeps its history.
 */
final class RelationGroups {
    private RelationGroups() {
    }

    /** One relation fact with every sentence that states it. */
    record Group(String id, RelationType type, String source, String target, DateValue start, DateValue end,
                 List<Evidence> evidence) {
    }

    static List<Group> of(List<Relation> relations) {
        Map<List<Object>, List<Relation>> groups = new LinkedHashMap<>();
        for (Relation r : relations) {
            List<Object> key = java.util.Arrays.asList(r.type(), r.source(), r.target(), r.start() == null ? null : r.start().iso());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        int n = 0;
        for (List<Relation> g : groups.values()) {
            Relation first = g.get(0);
            DateValue end = g.stream().map(Relation::end).filter(Objects::nonNull).max(DateValue::compareTo).orElse(null);
            out.add(new Group("r-" + (++n), first.type(), first.source(), first.target(), first.start(), end,
                g.stream().map(Relation::evidence).toList()));
        }
        return out;
    }
}
