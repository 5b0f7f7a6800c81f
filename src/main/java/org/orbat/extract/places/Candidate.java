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
 * @param cued whether more than the name says it is a place (a place tag, a cue word, a list of places):
 *             a name that is only a name somewhere may only be read as a significant place
 * @param approximate whether the options only share the name's consonants ({@link PlaceNames#skeleton}), no
 *                    spelling of theirs: such a reading gives the article no country and stays in the one it has
 */
record Candidate(int sentence, int tokenBegin, int tokenEnd, String text, List<GazetteerPlace> options,
                 String precision, boolean cued, boolean approximate) {
    Candidate(int sentence, int tokenBegin, int tokenEnd, String text, List<GazetteerPlace> options, String precision,
              boolean cued) {
        this(sentence, tokenBegin, tokenEnd, text, options, precision, cued, false);
    }

    Candidate {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A candidate needs at least one place: " + text);
        }
    }

    /** The same reading with other options (those left after the article's countries are known). */
    Candidate withOptions(List<GazetteerPlace> kept) {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, kept, precision, cued, approximate);
    }

    /** The same reading, its options found by their consonants only. */
    Candidate asApproximate() {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, options, precision, cued, true);
    }

    /** The single governorate all options lie in, or null when they differ. */
    String soleAdmin1() {
        String admin1 = options.get(0).admin1();
        return options.stream().allMatch(p -> p.admin1().equals(admin1)) ? admin1 : null;
    }
}
