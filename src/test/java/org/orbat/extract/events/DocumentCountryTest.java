package org.orbat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/** The country of a report whose places name none: its country names, nationalities and outlet, weighed. */
class DocumentCountryTest {
    private static final DocumentCountry COUNTRIES = DocumentCountry.load(new GenericActors()::armedHead);

    /** One sentence of "word/POS" pairs. */
    private static List<AnnotatedSentence> sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            String[] wp = pair.split("/");
            tokens.add(new Token(wp[0], at, at + wp[0].length(), wp[1], wp[0].toLowerCase(), "O"));
            at += wp[0].length() + 1;
        }
        return List.of(new AnnotatedSentence(0, 0, at, tagged, tokens, List.of()));
    }

    @Test
    void theOutletsCountryDecidesWhenTheTextNamesNone() {
        assertThat(COUNTRIES.of(sentence("Police/NNS arrested/VBD two/CD men/NNS ./."), "Daily Star (Kenya); KTN News (Kenya)"))
            .contains("KE");
        assertThat(COUNTRIES.of(sentence("Police/NNS arrested/VBD two/CD men/NNS ./."), "Kenyan Weekly Review")).contains("KE");
    }

    @Test
    void aCountryNamedInTheTextOutvotesTheOutlet() {
        assertThat(COUNTRIES.of(sentence("Troops/NNS entered/VBD Uganda/NNP ./."), "Kenyan Weekly Review")).contains("UG");
    }

    @Test
    void aCountrysNameInsideALongerNameCastsNoVote() {
        assertThat(COUNTRIES.of(sentence("Fishermen/NNS drowned/VBD in/IN Lake/NNP Chad/NNP ./."), null)).isEmpty();
    }

    @Test
    void aNationalityBeforeAnArmedRoleNamesTheArmedMensOriginNotTheCountry() {
        List<AnnotatedSentence> s = sentence("Ethiopian/JJ raiders/NNS struck/VBD ./.");
        assertThat(COUNTRIES.of(s, "Evening Courier (Kenya)")).contains("KE");
        assertThat(COUNTRIES.originOf(s.get(0).tokens(), 1)).contains("ET");
        assertThat(COUNTRIES.of(sentence("Ethiopian/JJ officials/NNS met/VBD ./."), null)).contains("ET");
    }

    @Test
    void aTieTheOutletDoesNotBreakNamesNoCountry() {
        assertThat(COUNTRIES.of(sentence("Kenya/NNP and/CC Uganda/NNP signed/VBD ./."), null)).isEmpty();
        assertThat(COUNTRIES.of(sentence("Kenya/NNP and/CC Uganda/NNP signed/VBD ./."), "Daily Monitor (Uganda)")).contains("UG");
    }
}
