package org.orbat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private static final String PARAGRAPH_ONE =
            "Militia fighters withdrew from the river crossing after two days of shelling.";
    private static final String PARAGRAPH_TWO =
            "Local officials said the bridge had been closed to traffic since the weekend.";

    @Test
    void stripsMenuAndDonateLinesAboveTheHeadline() {
        String text = "Example Archive\n\u00A0\u00A0\u00A0Shop | Donate\nRights | Example Archive\u00A0\u00A0\n\n"
                + "Rebels cross the river\n\n" + PARAGRAPH_ONE + "\n";
        assertThat(cleaner.clean(text)).isEqualTo("Rebels cross the river\n\n" + PARAGRAPH_ONE);
    }

    @Test
    void stripsCommentWidgetsInSeveralLanguages() {
        for (String widget : List.of("No comments:\nPost a comment", "Geen opmerkingen:\nEen reactie posten",
                "Keine Kommentare:\nKommentar veröffentlichen", "Leave a comment", "12 Comments")) {
            assertThat(cleaner.clean(PARAGRAPH_ONE + "\n" + widget + "\n")).isEqualTo(PARAGRAPH_ONE);
        }
    }

    @Test
    void stripsCopyProtectionLanguageSwitcherAndReadingTime() {
        String text = "Rebels cross the river\n5 min read\n" + PARAGRAPH_ONE
                + "\nerror: Content is protected !!\nfr_FRFrançais\n";
        assertThat(cleaner.clean(text)).isEqualTo("Rebels cross the river\n" + PARAGRAPH_ONE);
    }

    @Test
    void stripsRepublisherFooterSourceLineAndSectionLabelBetweenThem() {
        String text = PARAGRAPH_ONE + "\n\n[Source: By Jane Roe, Example Wire, 14Apr16]\n\n"
                + "Shop Donate Radio Archive\n\nWar Files\n"
                + "small logoThis document has been published on 16Apr16 by the Example Archive. In accordance "
                + "with Title 17 U.S.C. Section 107, the pages here are offered free of charge for research "
                + "and teaching only.\n";
        assertThat(cleaner.clean(text)).isEqualTo(PARAGRAPH_ONE);
    }

    @Test
    void stripsCopyrightCookieAndShareLines() {
        String text = PARAGRAPH_ONE + "\nShare this article\nFacebook | Twitter | Email\n"
                + "This website uses cookies to improve your experience.\n© 2016 Example Wire. All rights reserved.\n";
        assertThat(cleaner.clean(text)).isEqualTo(PARAGRAPH_ONE);
    }

    @Test
    void collapsesRepeatedHeadlineAndPullQuote() {
        String text = "Rebels cross the river\n\nRebels cross the river\n" + PARAGRAPH_ONE + " " + PARAGRAPH_TWO
                + "\n\n    " + PARAGRAPH_TWO + "\n\nThe crossing reopened on Monday.\n";
        assertThat(cleaner.clean(text)).isEqualTo("Rebels cross the river\n\n" + PARAGRAPH_ONE + " " + PARAGRAPH_TWO
                + "\n\nThe crossing reopened on Monday.");
    }

    @Test
    void stripsBylineNameAndDateAtTheFoot() {
        String text = "Rebels cross the river\n\n" + PARAGRAPH_ONE + "\n\nJane Roe\nThu, 04/14/2016 – 09:30\n";
        assertThat(cleaner.clean(text)).isEqualTo("Rebels cross the river\n\n" + PARAGRAPH_ONE);
    }

    @Test
    void keepsProseThatMentionsCommentsSharesAndDonations() {
        String text = """
                The commander declined to comment on the donations the brigade had received.
                Comments posted by residents described the shelling as the worst in years.
                Share prices in the capital fell after the news.
                Home
                """;
        assertThat(cleaner.clean(text)).isEqualTo("""
                The commander declined to comment on the donations the brigade had received.
                Comments posted by residents described the shelling as the worst in years.
                Share prices in the capital fell after the news.""");
    }

    @Test
    void keepsShortSectionHeadingsBetweenParagraphs() {
        String text = PARAGRAPH_ONE + "\n\nFighting in the north\n\n" + PARAGRAPH_TWO;
        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void neverDropsSentencesOfOrdinaryProse() {
        Random random = new Random(13);
        String[] subjects = {"The brigade", "Rebel fighters", "A spokesman for the council", "Residents of the town",
            "The army", "Two activists", "The monitoring group", "Government forces"};
        String[] verbs = {"said", "reported", "denied", "announced", "claimed", "confirmed", "warned"};
        String[] objects = {"that the road was closed", "that the share of aid had fallen", "the attack on the base",
            "that comments by the minister were false", "a ceasefire in the north", "that the home guard withdrew",
            "that donations reached the camp", "the capture of the airport", "news of the defeat"};
        for (int run = 0; run < 200; run++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(12);
            List<String> written = new java.util.ArrayList<>();
            for (int i = 0; i < sentences; i++) {
                String sentence = subjects[random.nextInt(subjects.length)] + " " + verbs[random.nextInt(verbs.length)]
                        + " " + objects[random.nextInt(objects.length)] + " on day " + run + "-" + i + ".";
                written.add(sentence);
                text.append(sentence).append(random.nextInt(3) == 0 ? "\n\n" : random.nextBoolean() ? "\n" : " ");
            }
            String cleaned = cleaner.clean(text.toString());
            assertThat(written).allSatisfy(sentence -> assertThat(cleaned).contains(sentence));
        }
    }

    @Test
    void neverThrowsOnArbitraryText() {
        Random random = new Random(13);
        PublicationDateDetector dates = new PublicationDateDetector();
        OutletDetector outlets = new OutletDetector();
        TitleDetector titles = new TitleDetector();
        String alphabet = "aZ09 .,:;|/-–\n\r\t\u00A0[]()!?©_\u0627\u0644\u0000\uFEFFMarchSatOct";
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            String cleaned = cleaner.clean(input);
            assertThat(cleaned).isNotNull();
            assertThat(dates.detect(input)).isNotNull();
            assertThat(outlets.detect(input)).isNotNull();
            assertThat(titles.detect(cleaned)).isNotNull();
        }
    }

    /** Regression: Jazzer finding (BoilerplateCleanerFuzzTestInputs/.../repeat-after-removed-byline). */
    @Test
    void removesARepeatedHeadlineTheSameWhetherOrNotABylineWasAboveIt() {
        String body = "Front line\nThe SDF said it had taken the village\nSecond line\nThird line\n"
            + "The SDF said it had taken the village\nRebels said the fighting went on through the night.";
        String withByline = "Sat, 11/30/2024 \u2013 21:11\n" + body;

        String once = cleaner.clean(withByline);

        assertThat(once).isEqualTo(cleaner.clean(body));
        assertThat(cleaner.clean(once)).isEqualTo(once);
    }

    /** Regression: Jazzer finding (BoilerplateCleanerFuzzTestInputs/.../pipe-menu-chrome-second-pass). */
    @Test
    void cleaningTwiceChangesNothingAfterAPipeMenu() {
        // The menu goes as weak chrome beside the comment widget; without it the repeated headline is
        // among the first five lines, so it goes too, in one call rather than on a second cleaning.
        String text = "Derechos | Equipo Nizkor\nAdd a comment\nFive civilians killed in Douma\n"
            + PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO + "\nRescue workers searched the rubble until dark.\n"
            + "Five civilians killed in Douma\nThe council said it would bury the dead on Tuesday.";

        String once = cleaner.clean(text);

        assertThat(once).isEqualTo("Five civilians killed in Douma\n" + PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO
            + "\nRescue workers searched the rubble until dark.\nThe council said it would bury the dead on Tuesday.");
        assertThat(cleaner.clean(once)).isEqualTo(once);
    }
}
