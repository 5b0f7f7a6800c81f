package org.orbat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stand-in for CoreNLP's fine-grained step, over CoreNLP's real gazetteers. */
class PlaceTypeTaggerTest {
    private static String[] tag(List<String> words, List<String> pos, String... ner) {
        String[] out = ner.clone();
        PlaceTypeTagger.shared().tag(words, pos, out);
        return out;
    }

    @Test
    void labelsNationalitiesCountriesAndCitiesAsCoreNlpsFineGrainedStepDid() {
        assertThat(tag(List.of("Syrian", "troops", "entered", "Aleppo", "in", "Syria"),
                List.of("JJ", "NNS", "VBD", "NNP", "IN", "NNP"),
                "MISC", "O", "O", "LOCATION", "O", "LOCATION"))
            .containsExactly("NATIONALITY", "O", "O", "CITY", "O", "COUNTRY");
    }

    @Test
    void leavesPeopleAndOrganisationsAlone() {
        assertThat(tag(List.of("Jordan", "said"), List.of("NNP", "VBD"), "PERSON", "O"))
            .containsExactly("PERSON", "O");
    }

    @Test
    void needsANounOrAdjectiveInTheMatch() {
        assertThat(tag(List.of("syrian"), List.of("VB"), "O")).containsExactly("O");
    }
}
