package org.orbat.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.orbat.testing.HandArticle.sentence;

import org.junit.jupiter.api.Test;
import org.orbat.model.Stance;
import org.orbat.nlp.AnnotatedSentence;

class StanceDetectorTest {
    private final StanceDetector detector = new StanceDetector();

    /** The stance of the first token whose word is {@code trigger}. */
    private Stance stance(String text, String trigger) {
        AnnotatedSentence sentence = sentence(text);
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (sentence.tokens().get(i).word().equals(trigger)) {
                return detector.stanceOf(sentence, i);
            }
        }
        throw new AssertionError("No token " + trigger + " in: " + text);
    }

    @Test
    void marksPlainReportAsAsserted() {
        assertThat(stance("Rebel units captured the hilltop village on Tuesday.", "captured"))
                .isEqualTo(Stance.ASSERTED);
    }

    @Test
    void marksNegatedFightAsDenied() {
        assertThat(stance("The brigade did not fight the militia in the valley.", "fight")).isEqualTo(Stance.DENIED);
        assertThat(stance("The northern faction doesn't fight its neighbours.", "fight")).isEqualTo(Stance.DENIED);
        assertThat(stance("The group has never attacked the airport.", "attacked")).isEqualTo(Stance.DENIED);
    }

    @Test
    void marksDeniedCaptureAsDenied() {
        assertThat(stance("The Defence Ministry has denied that several of the hamlets were captured, amid"
                + " contradictory online posts.", "captured")).isEqualTo(Stance.DENIED);
    }

    @Test
    void marksRejectedClaimAsDenied() {
        assertThat(stance("The movement rejected claims that its units had shelled the camp.", "shelled"))
                .isEqualTo(Stance.DENIED);
    }

    @Test
    void marksNoClashesAsDenied() {
        assertThat(stance("Residents reported no clashes in the old town overnight.", "clashes"))
                .isEqualTo(Stance.DENIED);
    }

    @Test
    void keepsNegationInsideItsOwnClause() {
        String text = "The army did not comment, but its artillery shelled the ridge at dawn.";
        assertThat(stance(text, "shelled")).isEqualTo(Stance.ASSERTED);
        assertThat(stance(text, "comment")).isEqualTo(Stance.DENIED);
        assertThat(stance("Although the envoy never visited, the two factions signed a truce.", "signed"))
                .isEqualTo(Stance.ASSERTED);
    }

    @Test
    void marksReportedlyAsClaimed() {
        assertThat(stance("The faction reportedly merged with a larger coalition last month.", "merged"))
                .isEqualTo(Stance.CLAIMED);
    }

    @Test
    void marksAllegedlyAndPurportedlyAsClaimed() {
        assertThat(stance("Gunmen allegedly executed the two aid workers.", "executed")).isEqualTo(Stance.CLAIMED);
        assertThat(stance("Footage purportedly shows fighters entering the base.", "entering"))
                .isEqualTo(Stance.CLAIMED);
    }

    @Test
    void marksPartyClaimAsClaimed() {
        assertThat(stance("The militia claimed to have seized the power station.", "seized"))
                .isEqualTo(Stance.CLAIMED);
        assertThat(stance("The brigade said it had destroyed three tanks near the bridge.", "destroyed"))
                .isEqualTo(Stance.CLAIMED);
        assertThat(stance("The commander is said to have ordered the retreat.", "ordered"))
                .isEqualTo(Stance.CLAIMED);
    }

    @Test
    void marksUnconfirmedReportsAsClaimed() {
        assertThat(stance("Unconfirmed reports suggest the two groups were preparing a joint assault.", "assault"))
                .isEqualTo(Stance.CLAIMED);
    }

    @Test
    void marksConflictingReportsAsDisputed() {
        assertThat(stance("Rebels took the crossing on Sunday amid conflicting reports from the area.", "took"))
                .isEqualTo(Stance.DISPUTED);
        assertThat(stance("The capture of the dam was disputed by the defence ministry.", "capture"))
                .isEqualTo(Stance.DISPUTED);
    }

    @Test
    void marksClaimDeniedInAnotherClauseAsDisputed() {
        assertThat(stance("The rebels claimed they captured the depot, but the army denied it.", "captured"))
                .isEqualTo(Stance.DISPUTED);
    }

    @Test
    void doesNotReadContestedAreaAsDispute() {
        assertThat(stance("Shells hit the contested district on Monday.", "hit")).isEqualTo(Stance.ASSERTED);
    }

    @Test
    void recognisesDenialAndNamesTheDenyingParty() {
        AnnotatedSentence denial = sentence("The Syrian government has denied that the villages were captured.");
        assertThat(detector.isDenial(denial)).isTrue();
        assertThat(detector.denyingParty(denial)).contains("Syrian government");
        AnnotatedSentence passive = sentence("The report was rejected by the Kurdish Monitoring Network.");
        assertThat(detector.denyingParty(passive)).contains("Kurdish Monitoring Network");
    }

    @Test
    void doesNotTakeDeniedAccessForADenial() {
        assertThat(detector.isDenial(sentence("Aid convoys were denied access to the besieged town."))).isFalse();
        assertThat(detector.isDenial(sentence("Rebels shelled the airport on Monday."))).isFalse();
    }

    @Test
    void rejectsTriggerOutsideTheSentence() {
        assertThatThrownBy(() -> detector.stanceOf(sentence("Rebels advanced."), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
    }
}
