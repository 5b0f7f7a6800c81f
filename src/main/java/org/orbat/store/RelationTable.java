package org.orbat.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

/**
 * Relation rows held column by column, their parties numbered: the whole network at a date reads
 * tens of thousands of rows over a few thousand actors, and numbers let the read side group and
 * order them without hashing an id string per row. Row {@code r}'s source is actor
 * {@link #source(int) source(r)}, whose id is {@link #actorId(int)}. Actors keep their numbers in
 * the {@link ActorNumbering} the table was read with; the ids it lacks are numbered after them in
 * the order first met. The stating document is left out: the network does not show it. Immutable
 * once built; threads may share it.
 */
public final class RelationTable {
    private final String[] ids;
    private final RelationType[] types;
    private final int[] sources;
    private final int[] targets;
    private final DateValue[] starts;
    private final DateValue[] ends;
    private final ActorNumbering known;
    private final ActorNumbering others;

    private RelationTable(String[] ids, RelationType[] types, int[] sources, int[] targets, DateValue[] starts,
                          DateValue[] ends, ActorNumbering known, ActorNumbering others) {
        this.ids = ids;
        this.types = types;
        this.sources = sources;
        this.targets = targets;
        this.starts = starts;
        this.ends = ends;
        this.known = known;
        this.others = others;
    }

    /** The rows of {@code records}, in their order, actors numbered as first met. */
    public static RelationTable of(List<RelationRecord> records) {
        Builder table = new Builder(records.size(), ActorNumbering.NONE);
        records.forEach(r -> table.add(r.id(), r.type(), r.source(), r.target(), r.start(), r.end()));
        return table.build();
    }

    public int size() {
        return ids.length;
    }

    /** Fact id of a row. */
    public String id(int row) {
        return ids[row];
    }

    public RelationType type(int row) {
        return types[row];
    }

    /** Number of the row's first actor. */
    public int source(int row) {
        return sources[row];
    }

    /** Number of the row's second actor. */
    public int target(int row) {
        return targets[row];
    }

    /** When the row holds from; {@code null} if unknown. */
    public DateValue start(int row) {
        return starts[row];
    }

    /** When the row stopped; {@code null} if ongoing or unknown. */
    public DateValue end(int row) {
        return ends[row];
    }

    /**
     * One more than the highest actor number: every actor of the numbering the table was read with,
     * whether or not a row names it, and the others its rows name.
     */
    public int actorCount() {
        return known.size() + others.size();
    }

    public String actorId(int actor) {
        return actor < known.size() ? known.id(actor) : others.id(actor - known.size());
    }

    /** Whether every actor's number is its number in {@code numbering}: no row names an actor it lacks. */
    public boolean numberedWithin(ActorNumbering numbering) {
        return known == numbering && others.size() == 0;
    }

    /** The given rows, in the given order, with the same actor numbers. */
    public RelationTable select(int[] rows) {
        int n = rows.length;
        String[] i = new String[n];
        RelationType[] ty = new RelationType[n];
        int[] so = new int[n];
        int[] ta = new int[n];
        DateValue[] st = new DateValue[n];
        DateValue[] en = new DateValue[n];
        for (int k = 0; k < n; k++) {
            int row = rows[k];
            i[k] = ids[row];
            ty[k] = types[row];
            so[k] = sources[row];
            ta[k] = targets[row];
            st[k] = starts[row];
            en[k] = ends[row];
        }
        return new RelationTable(i, ty, so, ta, st, en, known, others);
    }

    /** The first {@code rows} rows, with the same actor numbers. */
    public RelationTable head(int rows) {
        if (rows < 0 || rows > size()) {
            throw new IllegalArgumentException("Rows must be between 0 and " + size() + ": " + rows);
        }
        return new RelationTable(Arrays.copyOf(ids, rows), Arrays.copyOf(types, rows), Arrays.copyOf(sources, rows),
            Arrays.copyOf(targets, rows), Arrays.copyOf(starts, rows), Arrays.copyOf(ends, rows), known, others);
    }

    /** Collects rows, numbering actors as they come; builds one table. Not thread-safe. */
    public static final class Builder {
        private final List<String> ids;
        private final List<RelationType> types;
        private final List<DateValue> starts;
        private final List<DateValue> ends;
        private int[] sources;
        private int[] targets;
        private final ActorNumbering known;
        private final ActorNumbering others = ActorNumbering.growing();
        private boolean built;

        /** A builder numbering actors as {@code known} does, and those it lacks after them. */
        public Builder(int expectedRows, ActorNumbering known) {
            this.known = known;
            ids = new ArrayList<>(expectedRows);
            types = new ArrayList<>(expectedRows);
            starts = new ArrayList<>(expectedRows);
            ends = new ArrayList<>(expectedRows);
            sources = new int[Math.max(16, expectedRows)];
            targets = new int[sources.length];
        }

        public Builder add(String id, RelationType type, String source, String target, DateValue start, DateValue end) {
            return add(id, type, actor(source, 0, source.length()), actor(target, 0, target.length()), start, end);
        }

        /** Adds row {@code row} of {@code table}. */
        public Builder add(RelationTable table, int row) {
            return add(table.id(row), table.type(row), table.actorId(table.source(row)), table.actorId(table.target(row)),
                table.start(row), table.end(row));
        }

        /** The number of the actor whose id is {@code text[from, to)}, numbering it if it is new. */
        int actor(String text, int from, int to) {
            int number = known.find(text, from, to);
            if (number >= 0) {
                return number;
            }
            number = others.find(text, from, to);
            return known.size() + (number >= 0 ? number : others.add(text, from, to));
        }

        /** Adds a row whose actors were numbered by {@link #actor}. */
        Builder add(String id, RelationType type, int source, int target, DateValue start, DateValue end) {
            if (built) {
                throw new IllegalStateException("Table already built");
            }
            int row = ids.size();
            if (row == sources.length) {
                sources = Arrays.copyOf(sources, row * 2);
                targets = Arrays.copyOf(targets, row * 2);
            }
            ids.add(id);
            types.add(type);
            sources[row] = source;
            targets[row] = target;
            starts.add(start);
            ends.add(end);
            return this;
        }

        /** The table; the builder takes no more rows, as the table shares its numbering of other actors. */
        public RelationTable build() {
            built = true;
            int n = ids.size();
            return new RelationTable(ids.toArray(new String[0]), types.toArray(new RelationType[0]),
                Arrays.copyOf(sources, n), Arrays.copyOf(targets, n), starts.toArray(new DateValue[0]),
                ends.toArray(new DateValue[0]), known, others);
        }
    }
}
