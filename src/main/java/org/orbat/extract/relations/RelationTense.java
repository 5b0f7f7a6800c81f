package org.orbat.extract.relations;

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
import org.orbat.nlp.Dependency;
import org.orbat.nlp.Token;

/**
 * How a sentence holds a relation beyond its words of relation: as a thing of the past ("formerly
 * allied with", "the group's former patron", "once backed by"), and as whose claim ("Turkey claims
 * the PYD is backed by the PKK", "the army accused Israel of supporting the rebels"). A past
 * relation gets an end date instead of standing as current; a claim keeps its claimant as the
 * reporting source. Stateless and thread-safe.
 */
final class RelationTense {
    /** This class's words, kept as data: {@code lang/en/grammar/relation-tense.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/relation-tense.tsv");
    private static final Set<String> PAST = GRAMMAR.words("past");
    /** Verbs that attribute what follows to their subject without the writer vouching for it. */
    private static final Set<String> CLAIM_VERBS = GRAMMAR.words("claim-verbs");
    /** Of those, the verbs that mark a claim whoever makes it; "say" does only when a party says it. */
    private static final Set<String> CLAIM_ALWAYS = GRAMMAR.words("claim-always");
    private static final int PAST_REACH = 5;
    /**
     * Nouns of a person's end: "after the death of IS leader X" says X led IS until he died, a
     * leadership of the past, not a current one.
     */
    private static final Set<String> DEMISE = RelationWords.of("demise");

    private RelationTense() {
    }

    /** A claim, and the name of the party that makes it when the sentence names one. */
    record Claim(Optional<String> claimant) {
    }

    /**
     * Whether a past marker qualifies the trigger: right after it, or before it with no verb or clause
     * break between ("formerly allied with", "the former al-Qaeda affiliate"), so that "has previously
     * said forces loyal to ..." does not make the loyalty a thing of the past.
     */
    static boolean past(AnnotatedSentence s, int trigger) {
        List<Token> t = s.tokens();
        if (trigger + 1 < t.size() && isPastMarker(t.get(trigger + 1))) {
            return true;
        }
        for (int i = trigger; i >= Math.max(0, trigger - PAST_REACH); i--) {
            Token tok = t.get(i);
            if (isPastMarker(tok)) {
                return true;
            }
            String w = tok.word();
            if (i < trigger && (tok.pos().startsWith("VB") || w.equals(",") || w.equals(";") || w.equals("(")
                    || w.equalsIgnoreCase("but"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the leader a trigger names is spoken of as dead: "after the death of IS leader X", "the
     * killing of the group's commander X" (a noun of demise and "of" shortly before the trigger, with no
     * verb or clause break between). His leadership then belongs to the past.
     */
    static boolean died(AnnotatedSentence s, int trigger) {
        List<Token> t = s.tokens();
        for (int i = trigger - 2; i >= Math.max(0, trigger - PAST_REACH); i--) {
            Token tok = t.get(i);
            if (DEMISE.contains(tok.word().toLowerCase(Locale.ROOT)) && t.get(i + 1).word().equalsIgnoreCase("of")) {
                return true;
            }
            String w = tok.word();
            if (tok.pos().startsWith("VB") || w.equals(",") || w.equals(";") || w.equals("(")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPastMarker(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return PAST.contains(w) || w.startsWith("ex-") || w.startsWith("former-");
    }

    /**
     * The party that claims the relation, when the trigger stands under one of its claim verbs
     * ("Turkey claims ...", "X accused Y of backing Z"); read from the parse, so the sentence's other
     * clauses do not count.
     */
    static Optional<Claim> claim(AnnotatedSentence s, int trigger, MentionIndex index) {
        Optional<Claim> opening = openingClaim(s, trigger, index);
        if (opening.isPresent() || s.dependencies().isEmpty()) {
            return opening;
        }
        int node = trigger;
        for (int step = 0; step < 4; step++) {
            Dependency up = incoming(s, node);
            if (up == null || up.governor() < 0) {
                return Optional.empty();
            }
            node = up.governor();
            Token t = s.tokens().get(node);
            String lemma = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (!t.pos().startsWith("VB") || !CLAIM_VERBS.contains(lemma)) {
                continue;
            }
            Optional<ActorMention> subject = subject(s, node, index);
            boolean party = subject.isPresent() && index.kind(subject.get().actorId()) != ActorKind.ORGANIZATION;
            if (CLAIM_ALWAYS.contains(lemma) || party) {
                return Optional.of(new Claim(subject.map(ActorMention::text)));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "Turkey claims ...", "The regime accuses ...": a party and a claim verb opening the sentence
     * before the trigger, which the parser sometimes misreads as the subject of a clause of its own.
     */
    private static Optional<Claim> openingClaim(AnnotatedSentence s, int trigger, MentionIndex index) {
        for (ActorMention m : index.all(s.index())) {
            int verb = m.tokenEnd();
            if (verb >= trigger || verb >= s.tokens().size() || index.kind(m.actorId()) == ActorKind.ORGANIZATION) {
                continue;
            }
            Token t = s.tokens().get(verb);
            String lemma = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && CLAIM_ALWAYS.contains(lemma)) {
                return Optional.of(new Claim(Optional.of(m.text())));
            }
        }
        return Optional.empty();
    }

    private static Optional<ActorMention> subject(AnnotatedSentence s, int verb, MentionIndex index) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().equals("nsubj")) {
                for (ActorMention m : index.all(s.index())) {
                    if (m.tokenBegin() <= d.dependent() && d.dependent() < m.tokenEnd()) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Dependency incoming(AnnotatedSentence s, int token) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }
}
