package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.extract.MentionIndex;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.ActorKind;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Dependency;
import org.orbat.nlp.Token;

/**
 * Reads designations from a designation verb and its arguments, never from a state merely named
 * near the words "terrorist organization":
 * <ul>
 *   <li>"the State Department designated X as a terrorist organisation", "Britain proscribed X", "X was
 *       listed as a terrorist group by Canada": the designated group is the verb's object (or passive
 *       subject), the designator its subject (or "by" phrase);</li>
 *   <li>"X (banned in Russia)", "X, outlawed in Russia,": a ban participle right after the group, the
 *       designator the state the ban holds in;</li>
 *   <li>"added X to its list of Foreign Terrorist Organizations": "add" with a terror list.</li>
 * </ul>
 * The designator must be a state or a governing body; the State Department and the Treasury, which
 * keep the FTO and SDGT lists, stand for the United States. Thread-safe.
 */
public final class Designations {
    private static final WordTable WORDS = WordTable.of(Language.ENGLISH, "designation-words.tsv");
    private static final Set<String> VERBS = WORDS.words("verb", "ban");
    /** Verbs that designate by themselves; the others need a terror list or label in the sentence. */
    private static final Set<String> BANS = WORDS.words("ban");
    private static final Set<String> UNITED_STATES_BODIES = WORDS.words("us-body");

    private final ActorResolver resolver;

    public Designations(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /** Whether the sentence holds a designation verb: only then is it worth parsing for one. */
    static boolean mayApply(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            if (VERBS.contains(lemma(t))) {
                return true;
            }
        }
        return false;
    }

    List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        List<RelationExtractor.Found> out = new ArrayList<>();
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean terror = lower.contains("terror") || lower.contains("sanction list");
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = lemma(t);
            if (!t.pos().startsWith("VB") || !VERBS.contains(lemma) || !terror && !BANS.contains(lemma)) {
                continue;
            }
            banIn(s, parties, index, i).ifPresent(out::add);
            if (!s.dependencies().isEmpty()) {
                out.addAll(fromParse(s, parties, index, i, lower));
            }
        }
        return out;
    }

    /** "X (banned in Russia)": the participle's place phrase names the designator, the group stands before it. */
    private Optional<RelationExtractor.Found> banIn(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index, int verb) {
        List<Token> tokens = s.tokens();
        // The tagger reads "Daesh outlawed in Russia" as a past tense after a name: VBD is the participle too.
        String pos = tokens.get(verb).pos();
        if (!BANS.contains(lemma(tokens.get(verb))) || !(pos.equals("VBN") || pos.equals("VBD")) || verb + 2 >= tokens.size()
                || !tokens.get(verb + 1).word().equalsIgnoreCase("in")) {
            return Optional.empty();
        }
        ActorMention state = null;
        ActorMention group = null;
        for (ActorMention m : index.all(s.index())) {
            if (m.tokenBegin() == verb + 2 && isDesignator(index, m.actorId())) {
                state = m;
            }
        }
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= verb && verb - m.tokenEnd() <= 4 && onlyGroupWords(tokens, m.tokenEnd(), verb)) {
                group = m;
            }
        }
        if (state == null || group == null || index.kind(group.actorId()) == ActorKind.STATE) {
            return Optional.empty();
        }
        return Optional.of(new RelationExtractor.Found(RelationType.DESIGNATED_BY, group.actorId(), state.actorId(), verb));
    }

    /** Between a group and "banned": only punctuation and the words that name what it is. */
    private static boolean onlyGroupWords(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            // "X (Y or Z) outlawed in Russia": the parenthesis of other names closes before the participle.
            if (!(w.equals("(") || w.equals(")") || w.equals(",") || w.equals("-lrb-") || w.equals("-rrb-")
                    || w.equals("terrorist") || w.equals("group")
                    || w.equals("organization") || w.equals("organisation") || w.equals("is") || w.equals("which"))) {
                return false;
            }
        }
        return true;
    }

    private List<RelationExtractor.Found> fromParse(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index,
                                                    int verb, String lower) {
        List<Integer> designated = new ArrayList<>();
        List<Integer> designators = new ArrayList<>();
        boolean passive = false;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().equals("nsubj:pass")) {
                passive = true;
            }
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() != verb) {
                continue;
            }
            String rel = d.relation();
            if (passive && rel.equals("nsubj:pass") || !passive && (rel.equals("obj") || rel.equals("iobj"))) {
                int head = antecedent(s, d.dependent(), verb);
                designated.add(head);
                designated.addAll(conjuncts(s, head));
            } else if (!passive && rel.equals("nsubj") || passive && (rel.equals("obl:agent") || rel.equals("obl") && by(s, d.dependent()))) {
                designators.add(d.dependent());
            } else if (rel.startsWith("obl") && caseOf(s, d.dependent()).matches("to|on")) {
                // "added to the State Department's list": the list's keeper designates.
                for (Dependency k : s.dependencies()) {
                    if (k.governor() == d.dependent() && k.relation().equals("nmod:poss")) {
                        designators.add(k.dependent());
                    }
                }
            }
        }
        List<RelationExtractor.Found> out = new ArrayList<>();
        Optional<String> designator = designator(s, parties, index, designators);
        if (designator.isEmpty()) {
            return out;
        }
        for (ActorMention m : parties) {
            for (int token : designated) {
                if (m.tokenBegin() <= token && token < m.tokenEnd() && index.kind(m.actorId()) != ActorKind.STATE
                        && !m.actorId().equals(designator.get())) {
                    out.add(new RelationExtractor.Found(RelationType.DESIGNATED_BY, m.actorId(), designator.get(), verb));
                }
            }
        }
        return out;
    }

    private Optional<String> designator(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index, List<Integer> heads) {
        for (int head : heads) {
            // The lists the State Department and the Treasury keep are the United States' designations.
            String phrase = phraseAround(s, head).toLowerCase(Locale.ROOT);
            for (String body : UNITED_STATES_BODIES) {
                if (phrase.contains(body)) {
                    return resolver.resolve("United States").map(r -> r.actor().id());
                }
            }
            for (ActorMention m : index.all(s.index())) {
                if (m.tokenBegin() <= head && head < m.tokenEnd() && isDesignator(index, m.actorId())) {
                    return Optional.of(m.actorId());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDesignator(MentionIndex index, String actorId) {
        ActorKind k = index.kind(actorId);
        return k == ActorKind.STATE || k == ActorKind.GOVERNANCE;
    }

    /** The head word with the words that modify it ("the US State Department"). */
    private static String phraseAround(AnnotatedSentence s, int head) {
        int begin = head;
        int end = head + 1;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == head && (d.relation().equals("compound") || d.relation().equals("nmod:poss")
                    || d.relation().equals("amod") || d.relation().equals("det") || d.relation().startsWith("nmod"))) {
                begin = Math.min(begin, d.dependent());
                end = Math.max(end, d.dependent() + 1);
            }
        }
        return s.span(begin, end);
    }

    /** The token's conjuncts, appositions and name parts ("the HTS insurgent group": the group's compound). */
    private static List<Integer> conjuncts(AnnotatedSentence s, int token) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == token && (d.relation().equals("conj") || d.relation().equals("appos")
                    || d.relation().equals("compound"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** A relative pronoun ("which was added by ...") stands for the noun its clause modifies. */
    private static int antecedent(AnnotatedSentence s, int token, int verb) {
        String w = s.tokens().get(token).word().toLowerCase(Locale.ROOT);
        if (!(w.equals("which") || w.equals("that") || w.equals("who"))) {
            return token;
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == verb && d.relation().startsWith("acl")) {
                return d.governor();
            }
        }
        return token;
    }

    private static String caseOf(AnnotatedSentence s, int token) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == token && d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static boolean by(AnnotatedSentence s, int token) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == token && d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word().equalsIgnoreCase("by");
            }
        }
        return false;
    }

    private static String lemma(Token t) {
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }
}
