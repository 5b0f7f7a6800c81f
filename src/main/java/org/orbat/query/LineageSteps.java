package org.orbat.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.model.Lineage;
import org.orbat.model.RelationType;
import org.orbat.store.LineageRecord;
import org.orbat.store.ReadModel;
import org.orbat.store.RelationRecord;

/**
 * Reads the lineage steps touching one actor: the curated lineage (the stored table, and the registry's
 * for actors no document mentioned), plus the renamed_to and split_from relations found in text.
 * Membership is not lineage: it is a relation, shown with the others. The same step stated twice is kept once, with
 * the earliest date.
 */
final class LineageSteps {
    static final Set<RelationType> LINEAGE_RELATIONS =
        EnumSet.of(RelationType.RENAMED_TO, RelationType.SPLIT_FROM);

    private final ReadModel read;
    private final ActorDirectory directory;

    LineageSteps(ReadModel read, ActorDirectory directory) {
        this.read = read;
        this.directory = directory;
    }

    List<LineageStep> of(String actorId) {
        return of(actorId, read.relationsOf(actorId));
    }

    /** Steps of {@code actorId} given its relation rows, already read. */
    List<LineageStep> of(String actorId, List<RelationRecord> relations) {
        List<LineageStep> unnamed = new ArrayList<>();
        for (LineageRecord l : read.lineage(actorId)) {
            unnamed.add(new LineageStep(l.type(), ref(l.actorId()), ref(l.targetId()), l.date(), "registry"));
        }
        // The registry's own lineage, for actors no document mentioned (stored lineage covers stored actors only).
        for (Actor a : directory.curated().all()) {
            for (Lineage l : a.lineage()) {
                if (l.target() != null && (a.id().equals(actorId) || l.target().equals(actorId))) {
                    unnamed.add(new LineageStep(l.type(), ref(a.id()), ref(l.target()), l.date(), "registry"));
                }
            }
        }
        for (RelationRecord r : relations) {
            if (LINEAGE_RELATIONS.contains(r.type())) {
                unnamed.add(new LineageStep(r.type().code(), ref(r.source()), ref(r.target()), r.start(), r.id()));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        unnamed.forEach(s -> {
            ids.add(s.from().id());
            ids.add(s.to().id());
        });
        Map<String, ActorRef> names = directory.refs(ids);
        Map<List<String>, LineageStep> steps = new LinkedHashMap<>();
        for (LineageStep s : unnamed) {
            LineageStep named = new LineageStep(s.type(), names.get(s.from().id()), names.get(s.to().id()), s.date(), s.source());
            steps.merge(List.of(s.type(), s.from().id(), s.to().id()), named, LineageSteps::earlier);
        }
        List<LineageStep> out = new ArrayList<>(steps.values());
        out.sort(Comparator.comparing(LineageStep::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LineageStep::type).thenComparing(s -> s.to().id()));
        return out;
    }

    private static LineageStep earlier(LineageStep a, LineageStep b) {
        if (b.date() == null) {
            return a;
        }
        return a.date() == null || b.date().compareTo(a.date()) < 0 ? b : a;
    }

    private static ActorRef ref(String id) {
        return new ActorRef(id, id);
    }
}
