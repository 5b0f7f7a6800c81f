package org.orbat.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orbat.testing.HandArticle.sentence;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceAttributorTest {
    private final SourceAttributor attributor = new SourceAttributor();

    private Optional<String> source(String text) {
        return attributor.reportedBy(sentence(text));
    }

    @Test
    void attributesToSohrFromAccordingTo() {
        Abbreviations known = new Abbreviations(
                java.util.Map.of("SOHR", "Syrian Observatory for Human Rights"));
        assertThat(attributor.reportedBy(sentence("According to SOHR, nine fighters died near the dam."), known))
                .contains("Syrian Observatory for Human Rights");
        assertThat(source("According to SOHR, nine fighters died near the dam.")).contains("SOHR");
    }

    @Test
    void attributesToFullNameAfterAccordingToTheObservatory() {
        assertThat(source("Three rebels were killed, according to the Syrian Observatory for Human Rights."))
                .contains("Syrian Observatory for Human Rights");
    }

    @Test
    void expandsAbbreviationDefinedInTheSameSentence() {
        assertThat(source("The Kurdish Monitoring Network (KMN) has reported that the bridge was destroyed."))
                .contains("Kurdish Monitoring Network");
    }

    @Test
    void learnsAbbreviationFromAnEarlierSentence() {
        Abbreviations known = Abbreviations.learn(List.of(
                sentence("The Syrian Observatory for Human Rights (SOHR) counted the dead."),
                sentence("SOHR said the convoy was hit twice.", 1, 70)));
        assertThat(known.fullName("SOHR")).contains("Syrian Observatory for Human Rights");
        assertThat(attributor.reportedBy(sentence("SOHR said the convoy was hit twice."), known))
                .contains("Syrian Observatory for Human Rights");
    }

    @Test
    void attributesInvertedSaidToTheObservatory() {
        assertThat(source("Eleven fighters died in the raid, said the Syrian Observatory for Human Rights."))
                .contains("Syrian Observatory for Human Rights");
    }

    @Test
    void keepsTheMilitaryAsWritten() {
        assertThat(source("The military said on Sunday that its units had pulled back.")).contains("the military");
        assertThat(source("Later the army said the road was open again.")).contains("the army");
    }

    @Test
    void attributesToActivistsAndMonitor() {
        assertThat(source("Two bakeries were hit overnight, activists said.")).contains("activists");
        assertThat(source("The town was shelled again on Friday, a monitor said.")).contains("a monitor");
    }

    @Test
    void attributesToNewsAgencyByItsName() {
        assertThat(source("State news agency SANA reported that the airport had reopened.")).contains("SANA");
    }

    @Test
    void attributesToMediaThatCitedSources() {
        assertThat(source("Local media has cited rebel sources to say the hill was taken.")).contains("Local media");
    }

    @Test
    void attributesToOrganisationInAppositiveBeforeToldReporters() {
        assertThat(source("General Ivan Petrov, the deputy head of the Joint Monitoring Center for Syria, told"
                + " reporters that the convoy had passed.")).contains("Joint Monitoring Center for Syria");
    }

    @Test
    void attributesDenialToTheGovernment() {
        assertThat(source("The Syrian government has denied that the towns were lost.")).contains("Syrian government");
    }

    @Test
    void findsNoSourceInAPlainStatementOrAfterAPronoun() {
        assertThat(source("Rebels shelled the airport on Monday.")).isEmpty();
        assertThat(source("He said the bridge had been destroyed.")).isEmpty();
    }
}
