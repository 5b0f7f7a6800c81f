package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Part-of-speech repairs made before a sentence is parsed for relations, where the tagger's known
 * slips in news prose would make the parse lose a party: a name read as a verb ("IS"), a gerund after
 * a verb of receiving read as a verb ("receives backing"), a participle after a noun read as a noun
 * ("the coalition fighting IS"), and a plural noun for armed men after a name read as a verb ("Nusra
 * Front insurgents"). Each repair changes tags only, never words. Stateless and thread-safe.
 */
final class TagRepairs {
    /** This class's words, kept as data: {@code lang/en/grammar/tag-repairs.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/tag-repairs.tsv");
    private static final Set<String> RECEIVING = GRAMMAR.words("receiving");
    private static final Set<String> ARMED_MEN = RelationWords.of("armed-men");

    private TagRepairs() {
    }

    /** The sentence with the repairs the frames read (all but names as nouns, which only the parser needs). */
    static AnnotatedSentence forReading(AnnotatedSentence s, MentionIndex mentions, FrameRelations frames) {
        return actNounsAfterModifiers(participlesBeforeNames(armedMenAsNouns(gerundsAsNouns(s), mentions), mentions, frames),
            mentions, frames);
    }

    /**
     * The sentence with the plural of an act noun after a noun that modifies it tagged as the noun it is: the
     * tagger reads "strikes" in "Air strikes carried out by X" as a verb whose subject is "Air", and the act and
     * its agent are lost. Not after a name ("IS strikes Kobani"), where the verb reading may be right.
     */
    private static AnnotatedSentence actNounsAfterModifiers(AnnotatedSentence s, MentionIndex mentions, FrameRelations frames) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (!t.pos().equals("VBZ") || !word.endsWith("s") || !before.pos().startsWith("NN") || named(mentions, s, i - 1)) {
                continue;
            }
            String singular = word.substring(0, word.length() - 1);
            if (frames.isNoun(singular) && MODIFIERS_OF_ACTS.contains(before.word().toLowerCase(Locale.ROOT))) {
                tokens.set(i, new Token(t.word(), t.begin(), t.end(), "NNS", singular, t.ner()));
                changed = true;
            }
        }
        return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times()) : s;
    }

    /** Nouns that say how an attack was made: "air strikes", "drone raids", "artillery attacks". */
    private static final Set<String> MODIFIERS_OF_ACTS = RelationWords.of("act-modifier");

    private static boolean named(MentionIndex mentions, AnnotatedSentence s, int token) {
        for (ActorMention m : mentions.all(s.index())) {
            if (m.tokenBegin() <= token && token < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence with every word of an actor's name tagged as a proper noun: the tagger reads "IS"
     * (the Islamic State) as a verb and "US-led" as a participle, and a parse built on such tags puts
     * the group in a verb's place and loses the relation.
     */
    static AnnotatedSentence namesAsNouns(AnnotatedSentence s, MentionIndex mentions) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (ActorMention m : mentions.all(s.index())) {
            for (int i = m.tokenBegin(); i < m.tokenEnd() && i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                    tokens.set(i, new Token(t.word(), t.begin(), t.end(), "NNP", t.word(), t.ner()));
                    changed = true;
                }
            }
        }
        return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times()) : s;
    }

    /**
     * The sentence with a gerund after a verb of receiving tagged as the noun it is: in "receives
     * backing from Y" or "got funding" the tagger reads a verb, and the frame would then be read as
     * the verb "back" without its giver.
     */
    private static AnnotatedSentence gerundsAsNouns(AnnotatedSentence s) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("VBG") && RECEIVING.contains(String.valueOf(tokens.get(i - 1).lemma()).toLowerCase(Locale.ROOT))) {
                tokens.set(i, new Token(t.word(), t.begin(), t.end(), "NN", t.word().toLowerCase(Locale.ROOT), t.ner()));
                changed = true;
            }
        }
        return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times()) : s;
    }


    /**
     * The sentence with a word for armed men right after a name tagged as the plural noun it is: the tagger
     * reads "insurgents" in "the Nusra Front insurgents" as a verb, and the parse then loses the group.
     */
    private static AnnotatedSentence armedMenAsNouns(AnnotatedSentence s, MentionIndex mentions) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (ActorMention m : mentions.all(s.index())) {
            int i = m.tokenEnd();
            if (i < tokens.size() && tokens.get(i).pos().startsWith("VB") && ARMED_MEN.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.word(), t.begin(), t.end(), "NNS", t.word().toLowerCase(Locale.ROOT), t.ner()));
                changed = true;
            }
        }
        return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times()) : s;
    }

    /**
     * The sentence with an "-ing" word between a noun and a name tagged as the participle it is when its
     * stem is a frame verb: the tagger reads "fighting" in "the coalition fighting IS" as a noun
     * compounded with the name, and the rivalry is lost.
     */
    private static AnnotatedSentence participlesBeforeNames(AnnotatedSentence s, MentionIndex mentions, FrameRelations frames) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (ActorMention m : mentions.all(s.index())) {
            int i = m.tokenBegin() - 1;
            if (i < 1 || !tokens.get(i).pos().equals("NN") || !tokens.get(i - 1).pos().startsWith("NN")) {
                continue;
            }
            Token t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (!word.endsWith("ing") || word.length() < 6) {
                continue;
            }
            String stem = word.substring(0, word.length() - 3);
            for (String lemma : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1))) {
                if (frames.isVerb(lemma)) {
                    tokens.set(i, new Token(t.word(), t.begin(), t.end(), "VBG", lemma, t.ner()));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.times()) : s;
    }
}
