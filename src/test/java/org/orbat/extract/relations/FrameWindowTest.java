package org.orbat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orbat.actors.ActorMention;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/** Which sentences are worth a dependency parse: a frame word must stand near the parties it could link. */
class FrameWindowTest {
    private static final FrameRelations FRAMES = new FrameRelations(Frames.shipped());

    private static AnnotatedSentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        StringBuilder plain = new StringBuilder();
        for (String item : text.split(" ")) {
            String[] parts = item.split("/");   // word[/lemma]
            String w = parts[0];
            tokens.add(new Token(w, at, at + w.length(), "NN", parts.length > 1 ? parts[1] : w.toLowerCase(Locale.ROOT), "O"));
            plain.append(plain.length() > 0 ? " " : "").append(w);
            at += w.length() + 1;
        }
        return new AnnotatedSentence(0, 0, plain.length(), plain.toString(), tokens, List.of());
    }

    private static ActorMention at(int token, String id) {
        return new ActorMention(0, token, token + 1, id, id, "registry");
    }

    @Test
    void aFrameWordBetweenTwoPartiesMayLinkThem() {
        AnnotatedSentence s = sentence("Hamas attacked/attack Fatah in Gaza on Sunday");
        assertThat(FRAMES.mayApply(s, List.of(at(0, "hamas"), at(2, "fatah")))).isTrue();
    }

    @Test
    void aFrameWordFarFromEveryPartyLinksNone() {
        AnnotatedSentence s = sentence("Hamas and Fatah met in Cairo on Sunday , the ministry said in a long statement that "
            + "later condemned the attack");
        assertThat(FRAMES.mayApply(s)).isTrue();
        assertThat(FRAMES.mayApply(s, List.of(at(0, "hamas"), at(2, "fatah")))).isFalse();
    }
}
