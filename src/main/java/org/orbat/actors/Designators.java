package org.orbat.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generic designators around a name's core: {@code Hazm Movement}, {@code Hazm Party} and
 * {@code Harakat Hazm} share the core {@code hazm}; {@code Islamic State group} has the core
 * {@code Islamic State}. A core only counts when one of its words is distinctive (not in the generic
 * list), so {@code Islamic Front} and {@code Islamic Movement} never meet through the bare word
 * {@code Islamic}. Works on keys made by {@link NameNormaliser}. Immutable and thread-safe.
 */
public final class Designators {
    private final List<String[]> leading = new ArrayList<>();
    private final List<String[]> trailing = new ArrayList<>();
    private final Set<String> generic;

    public Designators(NameNormaliser normaliser, SpellingTables tables) {
        for (String d : tables.leadingDesignators()) {
            leading.add(normaliser.key(d).split(" "));
        }
        for (String d : tables.trailingDesignators()) {
            trailing.add(normaliser.key(d).split(" "));
        }
        leading.sort((a, b) -> b.length - a.length);
        trailing.sort((a, b) -> b.length - a.length);
        this.generic = normaliser.keysOf(tables.generic());
    }

    /** The key with one leading and one trailing designator removed, if any was there and something remains. */
    public Optional<String> core(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String[] tokens = key.split(" ");
        int from = 0;
        int to = tokens.length;
        for (String[] d : leading) {
            if (startsWith(tokens, from, to, d)) {
                from += d.length;
                break;
            }
        }
        for (String[] d : trailing) {
            if (endsWith(tokens, from, to, d)) {
                to -= d.length;
                break;
            }
        }
        if ((from == 0 && to == tokens.length) || from >= to) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", Arrays.copyOfRange(tokens, from, to)));
    }

    /** Whether at least one token of the key is not a generic word. */
    public boolean distinctive(String key) {
        for (String token : key.split(" ")) {
            if (!token.isEmpty() && !generic.contains(token) && !token.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this single token key is a generic word. */
    public boolean isGeneric(String tokenKey) {
        return generic.contains(tokenKey);
    }

    private static boolean startsWith(String[] tokens, int from, int to, String[] d) {
        if (to - from <= d.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (!tokens[from + i].equals(d[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(String[] tokens, int from, int to, String[] d) {
        if (to - from <= d.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (!tokens[to - d.length + i].equals(d[i])) {
                return false;
            }
        }
        return true;
    }
}
