package org.orbat.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.orbat.model.DateValue;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

/**
 * Groups relation rows (one per stating sentence) into facts: same type, same parties, one spell. Sentences that
 * state the same relation on different days (two reports, or a report's "on Wednesday" and its dateline) are one fact
 * whose start is the earliest; a new spell of the same relation begins only after an earlier statement ended it
 * ("were allies until 2015", then "allied again in 2019"). Relations of different types stay apart, so a change (allies,
 * then rivals) keeps its history.
 */
final class RelationGroups {
    private static final Comparator<DateValue> EARLIEST_FIRST_UNDATED_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private RelationGroups() {
    }

    /** One relation fact with every sentence that states it. */
    record Group(String id, RelationType type, String source, String target, DateValue start, DateValue end,
                 List<Evidence> evidence) {
    }

    static List<Group> of(List<Relation> relations) {
        Map<List<Object>, List<Relation>> byParties = new LinkedHashMap<>();
        for (Relation r : relations) {
            byParties.computeIfAbsent(List.of(r.type(), r.source(), r.target()), k -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        for (List<Relation> statements : byParties.values()) {
            for (List<Relation> spell : spells(statements)) {
                Relation first = spell.get(0);
                DateValue start = spell.stream().map(Relation::start).filter(Objects::nonNull).min(DateValue::compareTo).orElse(null);
                DateValue end = spell.stream().map(Relation::end).filter(Objects::nonNull).max(DateValue::compareTo).orElse(null);
                out.add(new Group("r-" + (out.size() + 1), first.type(), first.source(), first.target(), start, end,
                    spell.stream().map(Relation::evidence).toList()));
            }
        }
        return out;
    }

    /**
     * Splits one pair's statements of one type into spells, oldest first: a statement starts a new spell only when it
     * starts after every end stated so far. Undated statements join the latest spell, the one in force when they were read.
     */
    private static List<List<Relation>> spells(List<Relation> statements) {
        List<Relation> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing(Relation::start, EARLIEST_FIRST_UNDATED_LAST));
        List<List<Relation>> spells = new ArrayList<>();
        DateValue ended = null;
        for (Relation r : ordered) {
            boolean startsAfterEnd = ended != null && r.start() != null && r.start().compareTo(ended) > 0;
            if (spells.isEmpty() || startsAfterEnd) {
                spells.add(new ArrayList<>());
                ended = null;
            }
            spells.get(spells.size() - 1).add(r);
            if (r.end() != null && (ended == null || r.end().compareTo(ended) > 0)) {
                ended = r.end();
            }
        }
        return spells;
    }
}
