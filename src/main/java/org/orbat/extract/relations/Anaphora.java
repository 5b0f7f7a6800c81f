package org.orbat.extract.relations;

import java.util.ArrayList;
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
 * Resolves a sentence-opening reference to the armed group the text spoke of just before: "The
 * group is now led by X", "It has since clashed with Y", "The jihadist organisation split from Z".
 * News prose names a group once and goes on with "the group" or "it"; without this, every relation
 * stated in those sentences is lost. The rule is the recency heuristic of simple anaphora resolvers
 * (Hobbs 1978 falls back on it across sentences): the reference stands for the most recent armed
 * group or coalition of the previous two sentences, and for nothing when a reporting organisation
 * ("the monitoring group") was named after that group, or when the sentence names a party before
 * the reference. Only a reference at the start of the sentence's first clause is read, where it is
 * the subject. Immutable and thread-safe; the extractor keeps the running antecedent.
 */
final class Anaphora {
    /** This class's words, kept as data: {@code lang/en/grammar/anaphora.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/anaphora.tsv");
    private static final Set<String> PRONOUNS = GRAMMAR.words("pronouns");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> REPORTING_MODIFIERS = RelationWords.of("reporting-modifier");
    private static final Set<String> CLASS_NOUNS = GRAMMAR.words("class-nouns");
    /** Words that may open a sentence before its subject: "Since then, the group ...". */
    private static final Set<String> OPENERS = GRAMMAR.words("openers");
    /** How many sentences back an antecedent may stand. */
    private static final int RECENCY = 2;

    /** The group a later reference may stand for, and the sentence it was last named in. */
    record Antecedent(String actorId, int sentence) {
    }

    private Anaphora() {
    }

    /**
     * The antecedent after reading sentence {@code s}: its last armed group or coalition, none when a
     * reporting organisation comes after it, or {@code previous} when it names neither.
     */
    static Optional<Antecedent> update(Optional<Antecedent> previous, AnnotatedSentence s, MentionIndex index) {
        Optional<ActorMention> subject = subject(s, index);
        if (subject.isPresent()) {
            return Optional.of(new Antecedent(subject.get().actorId(), s.index()));
        }
        if (previous.isPresent() && previous.get().sentence() == s.index()) {
            // The sentence opened with a reference, its subject: the group it stood for stays the topic.
            return previous;
        }
        ActorMention last = null;
        for (ActorMention m : index.all(s.index())) {
            if (last == null || m.tokenBegin() >= last.tokenBegin()) {
                last = m;
            }
        }
        if (last == null) {
            return previous;
        }
        ActorKind kind = index.kind(last.actorId());
        if (kind == ActorKind.GROUP || kind == ActorKind.COALITION) {
            return Optional.of(new Antecedent(last.actorId(), s.index()));
        }
        return kind == ActorKind.ORGANIZATION ? Optional.empty() : previous;
    }

    /**
     * The armed group or coalition named last before the sentence's first finite verb, its subject as
     * near as the tags tell: centering theory ranks the subject first among what a later "the group"
     * may stand for (Grosz, Joshi and Weinstein 1995), above a group named later in an object or a
     * "from" phrase ("X is a jihadist group populated by fighters from Y": the group is X).
     */
    private static Optional<ActorMention> subject(AnnotatedSentence s, MentionIndex index) {
        List<ActorMention> mentions = index.all(s.index());
        ActorMention subject = null;
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            int at = i;
            Optional<ActorMention> inside = mentions.stream().filter(m -> m.tokenBegin() <= at && at < m.tokenEnd()).findFirst();
            if (inside.isPresent()) {
                ActorKind kind = index.kind(inside.get().actorId());
                subject = kind == ActorKind.GROUP || kind == ActorKind.COALITION ? inside.get() : null;
                i = inside.get().tokenEnd() - 1;
            } else if (FINITE.contains(t.get(i).pos())) {
                return Optional.ofNullable(subject);
            }
        }
        return Optional.empty();
    }

    /** A mention standing for the antecedent at the sentence's opening reference, if it has one. */
    static Optional<ActorMention> resolve(AnnotatedSentence s, List<ActorMention> parties, Optional<Antecedent> antecedent) {
        if (antecedent.isEmpty() || s.index() - antecedent.get().sentence() > RECENCY) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && i < 6 && (OPENERS.contains(lower(t.get(i))) || t.get(i).pos().equals("CD")
                || t.get(i).pos().equals("RB") && !lower(t.get(i)).equals("not")
                || t.get(i).pos().equals("NNP") && !t.get(i).word().equals("It"))) {
            i++;
        }
        int end = reference(t, i);
        if (end < 0) {
            return Optional.empty();
        }
        for (ActorMention m : parties) {
            if (m.tokenBegin() < end) {
                return Optional.empty();
            }
        }
        String id = antecedent.get().actorId();
        return Optional.of(new ActorMention(s.index(), i, end, "anaphor", id, "anaphora"));
    }

    /** The end of a reference starting at token {@code i} ("it", "the group", "the jihadist group"), or -1. */
    private static int reference(List<Token> t, int i) {
        if (i >= t.size()) {
            return -1;
        }
        if (PRONOUNS.contains(lower(t.get(i))) && t.get(i).pos().equals("PRP")) {
            return i + 1;
        }
        if (!lower(t.get(i)).equals("the")) {
            return -1;
        }
        int k = i + 1;
        // "the jihadist group", with "jihadist" tagged a noun as often as an adjective; not "the
        // monitoring group" or "the rights group", which name a reporting organisation.
        if (k + 1 < t.size() && (t.get(k).pos().startsWith("JJ") || t.get(k).pos().equals("NN"))
                && !CLASS_NOUNS.contains(lower(t.get(k))) && !REPORTING_MODIFIERS.contains(lower(t.get(k)))) {
            k++;
        }
        if (k >= t.size() || !CLASS_NOUNS.contains(lower(t.get(k)))) {
            return -1;
        }
        // "the group of X", "the group Jaysh al-Islam": the words after name a group of their own.
        if (k + 1 < t.size() && (lower(t.get(k + 1)).equals("of") || t.get(k + 1).pos().startsWith("NNP")
                || lower(t.get(k + 1)).equals("'s"))) {
            return -1;
        }
        return k + 1;
    }

    /** The parties with the resolved reference added in order. */
    static List<ActorMention> with(List<ActorMention> parties, ActorMention reference) {
        List<ActorMention> out = new ArrayList<>(parties);
        out.add(0, reference);
        return out;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
