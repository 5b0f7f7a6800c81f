package org.orbat.extract.places;

import java.util.List;

/**
 * A span of a sentence that names a place, before choosing between namesakes.
 *
 * @param sentence sentence index in the article
 * @param tokenBegin first token (inclusive), context words such as "northern" or "province" included
 * @param tokenEnd last token (exclusive)
 * @param text the span as written
 * @param options the places the name may mean, biggest first (governorates only when the reading asks for one)
 * @param precision {@code exact}, {@code near} or {@code governorate}
 */
record Candidate(int sentence, int tokenBegin, int tokenEnd, String text, List<GazetteerPlace> options,
                 String precision) {
    Candidate {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A candidate needs at least one place: " + text);
        }
    }

    /** The single governorate all options lie in, or null when they differ. */
    String soleAdmin1() {
        String admin1 = options.get(0).admin1();
        return options.stream().allMatch(p -> p.admin1().equals(admin1)) ? admin1 : null;
    }
}
