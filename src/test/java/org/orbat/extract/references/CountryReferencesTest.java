package org.orbat.extract.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.actors.ActorMention;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.nlp.AnnotatedSentence;

class CountryReferencesTest {
    private static final CountryReferences REFERENCES = CountryReferences.load(TransliterationActorResolver.loadDefault());

    private static List<ActorMention> find(String tagged, String country) {
        AnnotatedSentence s = Tagged.sentence(tagged);
        return REFERENCES.find(s, country, new boolean[s.tokens().size()]);
    }

    @Test
    void theRegimeInAReportOnSyriaIsTheSyrianGovernment() {
        assertThat(find("Rebels/NNS seized/VBD the/DT town/NN from/IN the/DT regime/NN ./.", "SY"))
            .extracting(ActorMention::actorId, ActorMention::text)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("syrian-government", "the regime"));
    }

    @Test
    void theArmyIsTheArmyOfTheCountryTheSentenceIsAbout() {
        String tagged = "The/DT army/NN shelled/VBD the/DT village/NN ./.";
        assertThat(find(tagged, "SY")).extracting(ActorMention::actorId).containsExactly("syrian-arab-army");
        assertThat(find(tagged, "IQ")).extracting(ActorMention::actorId).containsExactly("iraqi-security-forces");
    }

    @Test
    void aCountryWithoutReferencesOrAnUnknownCountryGivesNothing() {
        String tagged = "The/DT army/NN shelled/VBD the/DT village/NN ./.";
        assertThat(find(tagged, "FR")).isEmpty();
        assertThat(find(tagged, null)).isEmpty();
    }

    @Test
    void kurdishFightersInSyriaAreTheYpgAndInIraqThePeshmerga() {
        String tagged = "Kurdish/JJ fighters/NNS repelled/VBD the/DT attack/NN ./.";
        assertThat(find(tagged, "SY")).extracting(ActorMention::actorId).containsExactly("ypg");
        assertThat(find(tagged, "IQ")).extracting(ActorMention::actorId).containsExactly("peshmerga");
    }

    @Test
    void aPhraseThatQualifiesANounOrTakesOfIsNoReference() {
        assertThat(find("Shells/NNS hit/VBD the/DT army/NN base/NN ./.", "SY")).isEmpty();
        assertThat(find("He/PRP joined/VBD the/DT army/NN of/IN the/DT north/NN ./.", "SY")).isEmpty();
    }

    @Test
    void aCapitalisedHeadIsANameNotAReference() {
        assertThat(find("The/DT Army/NNP said/VBD nothing/NN ./.", "SY")).isEmpty();
    }

    @Test
    void aSpanAnotherMentionHoldsIsLeftToIt() {
        AnnotatedSentence s = Tagged.sentence("the/DT regime/NN in/IN Damascus/NNP fell/VBD");
        boolean[] taken = {false, false, false, false, false};
        CountryReferences.mark(taken, 0, 4);
        assertThat(REFERENCES.find(s, "SY", taken)).isEmpty();
    }

    @Test
    void theKurdsInSyriaAreTheYpgButLowerCaseKurdsAreNot() {
        assertThat(find("The/DT army/NN and/CC the/DT Kurds/NNPS coordinated/VBD ./.", "SY"))
            .extracting(ActorMention::actorId).containsExactly("syrian-arab-army", "ypg");
    }
}
