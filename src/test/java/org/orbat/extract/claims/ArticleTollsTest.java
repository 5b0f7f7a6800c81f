package org.orbat.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.testing.HandArticle;

/** A toll far above the rest of its article is flagged for review. Sentences written for these tests. */
class ArticleTollsTest {
    private final FatalityExtractor extractor = new FatalityExtractor();

    private ArticleTolls article(String... sentences) {
        List<AnnotatedSentence> annotated = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            annotated.add(HandArticle.sentence(sentences[i], i, 0));
        }
        return ArticleTolls.of(annotated, extractor);
    }

    @Test
    void flagsATollFarAboveTheRestOfTheArticle() {
        ArticleTolls tolls = article("An air strike on the market killed 14 civilians on Tuesday.",
                "The raid killed 14 people, the monitor said.",
                "Officials later said the strike had killed 2500 people in the market.");
        assertThat(tolls.forSentence(0)).contains(new TollClaim(14, false, false));
        assertThat(tolls.forSentence(2)).hasValueSatisfying(claim -> {
            assertThat(claim.needsReview()).isTrue();
            assertThat(claim.asFact()).isEmpty();
        });
    }

    @Test
    void keepsTollsOfOneMagnitude() {
        ArticleTolls tolls = article("Shelling killed 30 people in the town.",
                "An earlier bombing killed 120 people in the same district.");
        assertThat(tolls.forSentence(1)).contains(new TollClaim(120, false, false));
    }

    @Test
    void keepsALoneTollAndZeroTolls() {
        assertThat(article("The chemical attack killed 1400 people in the suburbs.").forSentence(0))
                .contains(new TollClaim(1400, false, false));
        assertThat(article("Rockets hit the base.", "No fatalities were reported.").forSentence(1))
                .contains(new TollClaim(0, false, false));
    }
}
