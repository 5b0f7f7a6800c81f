package org.orbat.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.extract.MentionIndex;
import org.orbat.model.Evidence;
import org.orbat.model.Relation;
import org.orbat.model.Stance;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Quoted words that run on past the sentence that opens them: 'A statement by X claims: "Y escalated
 * first. In addition, Y always incites attacks on X."' The second sentence is X's claim, not the writer's,
 * though nothing in it says so. A quotation is open while the quotation marks read so far are odd in
 * number; its speaker is the actor named before the opening mark in a sentence with a verb of saying or
 * claiming there, and what a sentence inside the quotation states becomes {@code claimed} with the
 * speaker as its source. A quotation whose speaker is unknown changes nothing. Immutable and thread-safe;
 * the extractor carries the open quotation from sentence to sentence.
 */
final class Quotations {
    private static final Set<String> MARKS = Set.of("\"", "“", "”", "``", "''");
    private static final Set<String> SAYING = RelationWords.of("saying");

    /** A quotation left open at the end of a sentence, and who speaks it when the text says. */
    record Open(Optional<String> speaker) {
    }

    private Quotations() {
    }

    /** The quotation open after sentence {@code s}, given the one open before it. */
    static Optional<Open> after(Optional<Open> before, AnnotatedSentence s, MentionIndex index) {
        List<Token> t = s.tokens();
        int marks = 0;
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (MARKS.contains(t.get(i).word())) {
                marks++;
                last = i;
            }
        }
        if (marks % 2 == 0) {
            return before;
        }
        if (before.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Open(speaker(s, index, last)));
    }

    /** The actor named before the opening mark, when a verb of saying or claiming also stands before it. */
    private static Optional<String> speaker(AnnotatedSentence s, MentionIndex index, int mark) {
        boolean saying = false;
        for (int i = 0; i < mark; i++) {
            Token tok = s.tokens().get(i);
            String lemma = (tok.lemma() == null || tok.lemma().isEmpty() ? tok.word() : tok.lemma()).toLowerCase(Locale.ROOT);
            saying |= tok.pos().startsWith("VB") && SAYING.contains(lemma);
        }
        if (!saying) {
            return Optional.empty();
        }
        return index.all(s.index()).stream().filter(m -> m.tokenEnd() <= mark).findFirst().map(ActorMention::text);
    }

    /** The relation as its speaker's claim, when the sentence stands inside a quotation whose speaker is known. */
    static Relation attributed(Relation r, Optional<Open> inside) {
        Evidence e = r.evidence();
        if (inside.isEmpty() || inside.get().speaker().isEmpty() || e.stance() != Stance.ASSERTED) {
            return r;
        }
        String speaker = e.reportedBy() == null ? inside.get().speaker().get() : e.reportedBy();
        return new Relation(r.type(), r.source(), r.target(), r.start(), r.end(),
            new Evidence(e.documentId(), e.sentenceIndex(), e.text(), speaker, e.fatalities(), Stance.CLAIMED));
    }
}
