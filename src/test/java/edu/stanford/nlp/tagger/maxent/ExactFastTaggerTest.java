package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast tagger must score every history as CoreNLP's TestSentence does, bit for bit, and so tag alike. */
class ExactFastTaggerTest {
    /**
     * Invented sentences, tokenized: known and unknown words, capitalised words at the start and inside,
     * numbers, hyphenated and mixed-case words, a one-word sentence, and runs of unknown words (where
     * the search scores the most histories).
     */
    private static final List<String> SENTENCES = List.of(
        "Gunmen on motorbikes attacked a checkpoint near the river crossing on Tuesday , killing four guards .",
        "The Brigades of Zarqel-Ventam said it had shelled Qurvash and Tellemor overnight .",
        "Ceasefire .",
        "At least 23 civilians , including 7 children , died when a barrel bomb hit the market in Ardaq-2 .",
        "Vrelkan Nostrovian Halberd Koromatsu fighters reportedly withdrew from Sharnavit Plateau .",
        "UN-backed mediators met IS-linked negotiators in the al-Qarnit district last week , officials told AFP .",
        "Troops of the 4th Armoured Division , backed by Russian jets , retook the hill after a three-day battle .",
        "Protesters burned tyres and blocked roads in Kessarine , demanding the release of detained activists .");

    private static MaxentTagger stock;
    private static ExactFastTagger fast;

    @BeforeAll
    static void load() {
        stock = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
        fast = ExactFastTagger.of(stock);
    }

    @Test
    void keepsTheTagPairSumsForTheEnglishModel() {
        // Otherwise every history would be summed as CoreNLP does, and the tests below would not test the pair sums.
        assertThat(fast.keepsTagPairs()).isTrue();
    }

    @Test
    void scoresEveryHistoryOfTheSearchAsCoreNlpDoes() {
        for (String sentence : SENTENCES) {
            Recording expected = new Recording(stock);
            expected.tagSentence(words(sentence), false);
            RecordingFast actual = new RecordingFast(fast);
            actual.tagSentence(words(sentence), false);
            assertThat(actual.calls).as("histories scored in %s", sentence).hasSize(expected.calls.size());
            for (int i = 0; i < expected.calls.size(); i++) {
                assertThat(actual.calls.get(i).tags).isEqualTo(expected.calls.get(i).tags);
                // Arrays.equals on doubles compares bits: the same score to the last bit, not within a tolerance
                assertThat(Arrays.equals(actual.calls.get(i).scores, expected.calls.get(i).scores))
                    .as("scores of history %d of %s", i, sentence).isTrue();
            }
        }
    }

    @Test
    void tagsEverySentenceAsMaxentTaggerDoesWhenTheSumsAreAlreadyKept() {
        // Twice: the second time every pair of previous tags met the first time comes from the kept sums.
        for (int round = 0; round < 2; round++) {
            for (String sentence : SENTENCES) {
                assertThat(tags(fast.tagSentence(words(sentence))))
                    .as(sentence).isEqualTo(tags(stock.tagSentence(words(sentence), false)));
            }
        }
    }

    @Test
    void givesTheWordsBackAsWrittenAfterAmericanizingThemForTheModel() {
        List<TaggedWord> tagged = fast.tagSentence(words("The colour of the armoured vehicles ."));
        assertThat(tagged).extracting(TaggedWord::word).containsExactly("The", "colour", "of", "the", "armoured", "vehicles", ".");
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            words.add(new Word(w));
        }
        return words;
    }

    private static List<String> tags(List<TaggedWord> tagged) {
        return tagged.stream().map(TaggedWord::tag).toList();
    }

    private record Call(List<Integer> tags, double[] scores) {
        static Call of(int[] tags, int pos, double[] scores) {
            // the window the search fills for this position: the two tags before it and its own
            List<Integer> window = new ArrayList<>();
            for (int j = Math.max(0, pos - 2); j <= pos; j++) {
                window.add(tags[j]);
            }
            window.add(pos);
            return new Call(window, scores.clone());
        }
    }

    /** CoreNLP's own scorer, each history's scores noted. */
    private static final class Recording extends TestSentence {
        final List<Call> calls = new ArrayList<>();

        Recording(MaxentTagger tagger) {
            super(tagger);
        }

        @Override
        public double[] scoresOf(int[] tags, int pos) {
            double[] scores = super.scoresOf(tags, pos);
            calls.add(Call.of(tags, pos, scores));
            return scores;
        }
    }

    /** The fast scorer, each history's scores noted. */
    private static final class RecordingFast extends ExactFastSentence {
        final List<Call> calls = new ArrayList<>();

        RecordingFast(ExactFastTagger tagger) {
            super(tagger);
        }

        @Override
        public double[] scoresOf(int[] tags, int pos) {
            double[] scores = super.scoresOf(tags, pos);
            calls.add(Call.of(tags, pos, scores));
            return scores;
        }
    }
}
