package org.orbat.extract.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.actors.ActorMention;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.nlp.AnnotatedSentence;

class CapitalAgentsTest {
    private static final CapitalAgents CAPITALS = CapitalAgents.load(TransliterationActorResolver.loadDefault());

    private static List<String> actors(String tagged) {
        AnnotatedSentence s = Tagged.sentence(tagged);
        return CAPITALS.find(s, new boolean[s.tokens().size()]).stream().map(ActorMention::actorId).toList();
    }

    @Test
    void aCapitalThatIsTheSubjectOfAPoliticalVerbIsItsState() {
        assertThat(actors("Moscow/NNP has/VBZ/have long/RB backed/VBN/back the/DT offensive/NN ./.")).containsExactly("russia");
        assertThat(actors("Ankara/NNP accused/VBD/accuse the/DT militia/NN of/IN smuggling/NN ./.")).containsExactly("turkey");
    }

    @Test
    void aCapitalStandsForTheGovernmentSeatedThereWhenTheRegistryHasOne() {
        assertThat(actors("Damascus/NNP rejected/VBD/reject the/DT plan/NN ./.")).containsExactly("syrian-government");
    }

    @Test
    void washingtonDcIsWrittenWashington() {
        assertThat(CapitalAgents.spoken("Washington D.C.")).isEqualTo("Washington");
        assertThat(actors("Washington/NNP warned/VBD/warn the/DT rebels/NNS ./.")).containsExactly("united-states");
    }

    @Test
    void coordinatedCapitalsShareTheirVerb() {
        assertThat(actors("Moscow/NNP and/CC Damascus/NNP had/VBD/have rejected/VBN/reject the/DT plea/NN ./."))
            .containsExactly("russia", "syrian-government");
    }

    @Test
    void thePassiveAgentOfAPoliticalVerbActs() {
        assertThat(actors("Militias/NNS armed/VBN/arm by/IN Tehran/NNP crossed/VBD the/DT border/NN ./."))
            .containsExactly("iran");
    }

    @Test
    void aPossessiveCapitalActsThroughWhatItOwns() {
        assertThat(actors("Moscow/NNP 's/POS support/NN kept/VBD/keep him/PRP in/IN power/NN ./.")).containsExactly("russia");
    }

    @Test
    void aCapitalAsAPlaceIsNoParty() {
        assertThat(actors("Talks/NNS were/VBD/be held/VBN/hold in/IN Moscow/NNP ./.")).isEmpty();
        assertThat(actors("Activists/NNS in/IN Damascus/NNP said/VBD/say the/DT shelling/NN continued/VBD ./.")).isEmpty();
        assertThat(actors("Damascus/NNP was/VBD/be shelled/VBN/shell overnight/RB ./.")).isEmpty();
        assertThat(actors("Damascus/NNP countryside/NN was/VBD/be quiet/JJ ./.")).isEmpty();
        assertThat(actors("Moscow/NNP is/VBZ/be cold/JJ in/IN winter/NN ./.")).isEmpty();
    }

    @Test
    void aBareParticipleAfterTheCapitalIsNotItsVerb() {
        assertThat(actors("strikes/NNS in/IN support/NN of/IN its/PRP$ ally/NN Damascus/NNP targeting/VBG/target rebels/NNS"))
            .isEmpty();
    }
}
