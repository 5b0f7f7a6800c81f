package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleAndOutletDetectorTest {
    private final TitleDetector titles = new TitleDetector();
    private final OutletDetector outlets = new OutletDetector();

    private static final String STORY = "Militia fighters withdrew from the river crossing after two days of shelling.\n";

    @Test
    void takesFirstShortLineWithoutFinalPeriodAsTitle() {
        assertThat(titles.detect("Rebels cross the river\n" + STORY)).contains("Rebels cross the river");
    }

    @Test
    void findsNoTitleWhenTextOpensWithProse() {
        assertThat(titles.detect(STORY + STORY)).isEmpty();
    }

    @Test
    void takesArabicHeadline() {
        assertThat(titles.detect("المقاتلون يعبرون النهر\nانسحب المقاتلون من المعبر بعد يومين من القصف.\n"))
                .contains("المقاتلون يعبرون النهر");
    }

    @Test
    void takesOutletFromSourceLineSkippingAuthorBlogPlaceAndDate() {
        assertThat(outlets.detect(STORY + "[Source: By Jane Roe, Field Notes, The Long War Journal, NJ, 14Apr16]"))
                .contains("The Long War Journal");
    }

    @Test
    void takesUnknownOutletAsLastPlainPartOfSourceLine() {
        assertThat(outlets.detect(STORY + "[Source: By Jane Roe, Example Wire, 14Apr16]")).contains("Example Wire");
    }

    @Test
    void namesRepublisherAfterOriginalOutlet() {
        String text = STORY + "[Source: By Jane Roe, Example Wire, 14Apr16]\n"
                + "This document has been published on 16Apr16 by the Example Archive and Friends. Some notice.";
        assertThat(outlets.detect(text)).contains("Example Wire (via Example Archive)");
    }

    @Test
    void recognisesKnownOutletOnShortSignOffLine() {
        assertThat(outlets.detect("Rebels cross the river\n" + STORY + "Tyler Durden\nThu, 04/14/2016 – 09:30"))
                .contains("ZeroHedge");
        assertThat(outlets.detect("BEIRUT (Reuters) - " + STORY)).contains("Reuters");
    }

    @Test
    void ignoresOutletQuotedInsideTheStory() {
        assertThat(outlets.detect("Rebels cross the river\nThe commander told Al Jazeera on Friday that his men had "
                + "withdrawn from the crossing after two days of heavy shelling.\n" + STORY)).isEmpty();
    }
}
