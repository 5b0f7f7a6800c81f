package org.orbat.testing;

import java.util.List;
import java.util.Random;

/**
 * Seeded generator of hostile strings for fuzz tests: arbitrary code points (lone surrogates, controls,
 * bidi marks included), text from a chosen character range, and strings assembled from fragments
 * the code under test is built to recognise. Seeded, so a failure replays.
 */
public final class RandomText {
    private final Random random;
    private final List<String> fragments;

    public RandomText(long seed, List<String> fragments) {
        this.random = new Random(seed);
        this.fragments = List.copyOf(fragments);
    }

    /** One input: a third arbitrary UTF-16 units, a third a narrower range with spaces and stops, a third fragments. */
    public String next(int maxLength) {
        return switch (random.nextInt(3)) {
            case 0 -> units(random.nextInt(maxLength + 1), 0, 0xFFFF);
            case 1 -> mixed(random.nextInt(maxLength + 1));
            default -> assembled(maxLength);
        };
    }

    private String units(int length, int low, int high) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) (low + random.nextInt(high - low + 1)));
        }
        return sb.toString();
    }

    private String mixed(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(10);
            sb.append(r == 0 ? '\n' : r == 1 ? ' ' : r == 2 ? '.' : (char) random.nextInt(0x800));
        }
        return sb.toString();
    }

    private String assembled(int maxLength) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts && sb.length() < maxLength; i++) {
            sb.append(fragments.get(random.nextInt(fragments.size())));
        }
        return sb.toString();
    }
}
