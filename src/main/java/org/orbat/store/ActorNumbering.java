package org.orbat.store;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers actor ids for {@link RelationTable}s: a caller that reads many tables over the same actors
 * builds one numbering of the ids it knows, in the order it wants them (by name, say), and every
 * table read with it numbers those actors alike, leaving the caller nothing to look up per table.
 * Ids are found where they lie in a packed value, without cutting a string for each: an open-
 * addressing table of the ids' {@link String#hashCode()}s, probed linearly.
 *
 * <p>Numberings built by {@link #of} are immutable and may be shared between threads; the growing
 * ones a table builder keeps for ids its numbering lacks are not.
 */
public final class ActorNumbering {
    /** Numbers no id: every table numbers its actors on its own. */
    public static final ActorNumbering NONE = of(List.of());

    private String[] ids;
    private int size;
    // Each slot holds a hash in its high half and number + 1 in its low half; 0 is empty.
    private long[] slots;

    private ActorNumbering(int capacity) {
        ids = new String[Math.max(8, capacity)];
        slots = new long[tableSize(ids.length)];
    }

    /** Numbers {@code ids} from 0, in their order; ids must be distinct. */
    public static ActorNumbering of(List<String> ids) {
        ActorNumbering numbering = new ActorNumbering(ids.size());
        for (String id : ids) {
            if (numbering.find(id, 0, id.length()) >= 0) {
                throw new IllegalArgumentException("Actor id given twice: " + id);
            }
            numbering.add(id, 0, id.length());
        }
        return numbering;
    }

    static ActorNumbering growing() {
        return new ActorNumbering(16);
    }

    public int size() {
        return size;
    }

    public String id(int number) {
        return ids[number];
    }

    /** The number of the id {@code text[from, to)}, or -1 when it has none. */
    int find(String text, int from, int to) {
        int hash = hash(text, from, to);
        int length = to - from;
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if ((int) (slots[i] >>> 32) == hash) {
                String id = ids[(int) slots[i] - 1];
                if (id.length() == length && text.regionMatches(from, id, 0, length)) {
                    return (int) slots[i] - 1;
                }
            }
        }
        return -1;
    }

    /** Numbers the id {@code text[from, to)}, which must have no number yet, and returns its number. */
    int add(String text, int from, int to) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            rehash(tableSize(ids.length));
        }
        String id = from == 0 && to == text.length() ? text : text.substring(from, to);
        ids[size] = id;
        place(id.hashCode(), size);
        return size++;
    }

    private void place(int hash, int number) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = ((long) hash << 32) | (number + 1L);
    }

    private void rehash(int tableSize) {
        slots = new long[tableSize];
        for (int n = 0; n < size; n++) {
            place(ids[n].hashCode(), n);
        }
    }

    /** At most half full, so probes stay short. */
    private static int tableSize(int capacity) {
        return Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) * 2;
    }

    /** {@link String#hashCode()} of {@code text[from, to)}, without cutting it. */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
