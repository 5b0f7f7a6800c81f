package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;

class PublicationDateDetectorTest {
    private final PublicationDateDetector detector = new PublicationDateDetector();

    private static final String STORY = """
            Militia fighters withdrew from the river crossing after two days of shelling.
            Local officials said the bridge had been closed to traffic since the weekend.
            """;

    private Optional<DetectedDate> detect(String text) {
        return detector.detect(text);
    }

    private static DateValue day(int y, int m, int d) {
        return DateValue.day(LocalDate.of(y, m, d));
    }

    @Test
    void readsDayMonthCommaYearOnItsOwnLineAsByline() {
        assertThat(detect("Rebels cross the river\n3 min read\n14 April, 2016\n" + STORY))
                .contains(new DetectedDate(day(2016, 4, 14), "text:byline"));
    }

    @Test
    void readsMonthDayYearByline() {
        assertThat(detect("Rebels cross the river\nApril 14, 2016\n" + STORY)).map(DetectedDate::date)
                .contains(day(2016, 4, 14));
    }

    @Test
    void readsDayMonthYearByline() {
        assertThat(detect("Rebels cross the river\n14 April 2016\n" + STORY)).map(DetectedDate::date)
                .contains(day(2016, 4, 14));
    }

    @Test
    void readsIsoDateByline() {
        assertThat(detect("Rebels cross the river\n2016-04-14\n" + STORY)).map(DetectedDate::date)
                .contains(day(2016, 4, 14));
    }

    @Test
    void readsUsNumericDateWithWeekdayAndTimeAtTheFootAsByline() {
        assertThat(detect("Rebels cross the river\n" + STORY + "\nJane Roe\nThu, 04/14/2016 – 09:30\n"))
                .contains(new DetectedDate(day(2016, 4, 14), "text:byline"));
    }

    @Test
    void readsCompactDateInSourceLine() {
        assertThat(detect(STORY + "\n[Source: By Jane Roe, Example Wire, London, 14Apr16]\n"))
                .contains(new DetectedDate(day(2016, 4, 14), "text:source-line"));
    }

    @Test
    void readsRepublisherFooterWhenNothingElseDatesTheReport() {
        assertThat(detect(STORY + "\nThis document has been published on 16Apr16 by the Example Archive.\n"))
                .contains(new DetectedDate(day(2016, 4, 16), "text:republished"));
    }

    @Test
    void prefersOriginalSourceLineOverLaterRepublication() {
        String text = STORY + "\n[Source: By Jane Roe, Example Wire, 14Apr16]\n"
                + "This document has been published on 16Apr16 by the Example Archive.\n";
        assertThat(detect(text)).map(DetectedDate::date).contains(day(2016, 4, 14));
    }

    @Test
    void readsPublishedLabel() {
        assertThat(detect("Rebels cross the river\nPublished: 14 April 2016\n" + STORY))
                .contains(new DetectedDate(day(2016, 4, 14), "text:published-label"));
    }

    @Test
    void prefersPublishedOverUpdated() {
        String text = "Rebels cross the river\nUpdated 15 April 2016\nPublished: 14 April 2016\n" + STORY;
        assertThat(detect(text)).map(DetectedDate::date).contains(day(2016, 4, 14));
    }

    @Test
    void fallsBackToUpdatedLabel() {
        assertThat(detect("Rebels cross the river\nUpdated April 15, 2016\n" + STORY))
                .contains(new DetectedDate(day(2016, 4, 15), "text:updated-label"));
    }

    @Test
    void readsDatelineOpeningTheText() {
        assertThat(detect("Thu 14 Apr 2016 Militia fighters withdrew from the river crossing.\n"))
                .contains(new DetectedDate(day(2016, 4, 14), "text:dateline"));
        assertThat(detect("BEIRUT, April 14, 2016 - Militia fighters withdrew from the crossing.\n"))
                .map(DetectedDate::date).contains(day(2016, 4, 14));
    }

    @Test
    void findsNoPublicationDateWhenOnlyTheStoryHasDates() {
        String text = """
                Rebels cross the river
                In September of 2014, the militia held the crossing for a week.
                Last November, fighters returned to the town, and on 3 March 2015 they left again.
                """;
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void rejectsImpossibleDateInsteadOfRollingItOver() {
        assertThat(detect("Rebels cross the river\n31/02/2015\n" + STORY)).isEmpty();
        assertThat(detect("Rebels cross the river\nFebruary 30, 2015\n" + STORY)).isEmpty();
    }

    @Test
    void leavesAmbiguousNumericDateWithoutWeekdayUndated() {
        assertThat(detect("Rebels cross the river\n04/05/2016\n" + STORY)).isEmpty();
    }

    @Test
    void usesWeekdayToSettleDayMonthOrder() {
        // 4 May 2016 was a Wednesday, 5 April 2016 a Tuesday.
        assertThat(detect("Rebels cross the river\nWed, 04/05/2016\n" + STORY)).map(DetectedDate::date)
                .contains(day(2016, 5, 4));
    }

    @Test
    void ignoresDateInsideALongPublishedSentence() {
        String text = "Rebels cross the river\n" + STORY
                + "Published reports from the monitoring group, which has counted casualties since the war began "
                + "in 2011, put the toll at forty on 3 March 2015.\n" + STORY + STORY + STORY + STORY + STORY + STORY;
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void readsDottedAndDashedNumericDatesDayFirst() {
        assertThat(detect("05.04.2016Get short link Militia fighters withdrew from the crossing.\n"))
                .map(DetectedDate::date).contains(day(2016, 4, 5));
        assertThat(detect("05-04-2016 Militia fighters withdrew from the crossing.\n"))
                .map(DetectedDate::date).contains(day(2016, 4, 5));
    }

    @Test
    void readsLabelOpeningASingleLineReport() {
        assertThat(detect("Posted on April 14 2016 by Jane Roe Rebels cross the river. Militia fighters withdrew from the "
                + "crossing after two days of shelling, officials said on Monday."))
                .contains(new DetectedDate(day(2016, 4, 14), "text:dateline"));
        assertThat(detect("Date of publication 14 April 2016 Militia fighters withdrew from the crossing."))
                .map(DetectedDate::date).contains(day(2016, 4, 14));
    }
}
