package org.orbat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.ActorKind;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Resolves a sentence-opening "It" or "The group" to the armed group that was the subject of the sentence just
 * before: "The front said on Monday that anyone helping the brigade was a target. It also warned the council to
 * stay away." makes the front the one that warned. News prose names the actor as subject and goes on with a
 * pronoun; the subject, not the last name read, is what the pronoun continues (the centering rule that a
 * sentence's subject is its preferred antecedent, Grosz, Joshi and Weinstein 1995). A subject is read from word
 * order, as events are read without a parse: a group or coalition followed by a finite verb or a modal and not
 * after a preposition ("linked to the brigade would be" names no subject). An "It" that is the dummy subject of
 * "it is", "it was", "it seems" stands for nothing. One instance per article; not thread-safe.
 */
final class SubjectAnaphora {
    /** This class's words, kept as data: {@code lang/en/grammar/subject-anaphora.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/subject-anaphora.tsv");
    private static final Set<String> CLASS_NOUNS = GRAMMAR.words("class-nouns");
    /** Words that may stand between the opening reference and its verb ("It also warned", "It then said"). */
    private static final Set<String> ADVERBS = GRAMMAR.words("adverbs");
    /** Verbs after which "it" is a dummy subject ("it is unclear", "it seems"). */
    private static final Set<String> DUMMY_VERBS = GRAMMAR.words("dummy-verbs");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private String subject;
    private int subjectSentence = -2;

    /**
     * The party the opening reference of {@code s} stands for, if it has one; then remembers the subject
     * {@code s} itself gives for the sentence after it.
     */
    Optional<Party> resolve(AnnotatedSentence s, MentionIndex mentions) {
        Optional<Party> out = Optional.empty();
        if (subject != null && s.index() == subjectSentence + 1) {
            int end = reference(s.tokens());
            boolean namedBefore = mentions.all(s.index()).stream().anyMatch(m -> m.tokenBegin() < end);
            if (end > 0 && !namedBefore) {
                out = Optional.of(new Party(subject, 0, end, mentions.kind(subject)));
            }
        }
        Optional<String> own = subjectOf(s, mentions);
        if (own.isPresent()) {
            subject = own.get();
            subjectSentence = s.index();
        } else if (out.isPresent()) {
            subjectSentence = s.index();
        }
        return out;
    }

    /** The end of an opening "It" or "The group" that is the subject of a verb of its own, or -1. */
    private static int reference(List<Token> t) {
        if (t.isEmpty()) {
            return -1;
        }
        int end;
        if (t.get(0).word().equals("It")) {
            end = 1;
        } else if (t.size() > 1 && t.get(0).word().equals("The") && CLASS_NOUNS.contains(lower(t.get(1)))) {
            end = 2;
        } else {
            return -1;
        }
        int verb = end;
        while (verb < t.size() && ADVERBS.contains(lower(t.get(verb)))) {
            verb++;
        }
        if (verb >= t.size() || !FINITE.contains(t.get(verb).pos()) || end == 1 && DUMMY_VERBS.contains(lower(t.get(verb)))) {
            return -1;
        }
        return end;
    }

    /** The first armed group or coalition of {@code s} that a finite verb follows and no preposition precedes. */
    private static Optional<String> subjectOf(AnnotatedSentence s, MentionIndex mentions) {
        List<Token> t = s.tokens();
        for (ActorMention m : mentions.parties(s.index())) {
            ActorKind kind = mentions.kind(m.actorId());
            if (kind != ActorKind.GROUP && kind != ActorKind.COALITION || m.tokenEnd() >= t.size()) {
                continue;
            }
            boolean afterPreposition = m.tokenBegin() > 0 && Set.of("IN", "TO").contains(t.get(m.tokenBegin() - 1).pos());
            if (!afterPreposition && FINITE.contains(t.get(m.tokenEnd()).pos())) {
                return Optional.of(m.actorId());
            }
        }
        return Optional.empty();
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
