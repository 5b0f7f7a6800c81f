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
 * @param containers the first tokens of the names the sentence writes right after this one to say where it lies
 *                   ("Berghab village in the <b>Idlib</b> countryside", "Shevchenko (<b>Pokrovsk</b> raion, <b>Donetsk</b> oblast)"):
 *                   see {@link LocatingPhrases}
 */
record Candidate(int sentence, int tokenBegin, int tokenEnd, String text, List<GazetteerPlace> options,
                 String precision, boolean cued, boolean approximate, List<Integer> containers) {
    Candidate(int sentence, int tokenBegin, int tokenEnd, String text, List<GazetteerPlace> options, String precision,
              boolean cued) {
        this(sentence, tokenBegin, tokenEnd, text, options, precision, cued, false, List.of());
    }

    Candidate {
        options = List.copyOf(options);
        containers = List.copyOf(containers);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A candidate needs at least one place: " + text);
        }
    }

    /** The same reading with other options (those left after the article's countries are known). */
    Candidate withOptions(List<GazetteerPlace> kept) {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, kept, precision, cued, approximate, containers);
    }

    /** The same reading, its options found by their consonants only. */
    Candidate asApproximate() {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, options, precision, cued, true, containers);
    }

    /** The same reading, taken for a place whatever its size (the text says so). */
    Candidate asCued() {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, options, precision, true, approximate, containers);
    }

    /** The same reading, located by the names starting at {@code firstTokens} of the same sentence. */
    Candidate withContainers(List<Integer> firstTokens) {
        return new Candidate(sentence, tokenBegin, tokenEnd, text, options, precision, cued, approximate, firstTokens);
    }

    /** The single governorate all options lie in, or null when they differ. */
    String soleAdmin1() {
        String admin1 = options.get(0).admin1();
        return options.stream().allMatch(p -> p.admin1().equals(admin1)) ? admin1 : null;
    }
}
