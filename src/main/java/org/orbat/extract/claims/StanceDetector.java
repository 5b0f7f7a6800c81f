package org.orbat.extract.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.model.Stance;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Decides how a sentence stands to the fact stated at a trigger token (the verb or noun of an event or relation),
 * after the factuality classes of FactBank (Saurí and Pustejovsky 2009) folded into Orbat's four
 * {@link Stance}s:
 * <ul>
 *   <li>{@code DENIED}: the trigger's clause negates it ("did not fight", "never attacked", "no clashes", "failed
 *       to capture") or a denial verb governs it ("has denied that the towns were captured", "rejected claims
 *       that").</li>
 *   <li>{@code DISPUTED}: the sentence reports disagreement ("conflicting reports", "disputed by"), or another
 *       clause denies the claim ("..., but the army denied it").</li>
 *   <li>{@code CLAIMED}: the clause is hedged ("reportedly", "allegedly", "purportedly", "unconfirmed reports",
 *       "is said to") or is a party's claim ("claimed", "said it had").</li>
 *   <li>{@code ASSERTED} otherwise.</li>
 * </ul>
 * Scope is the {@link Clause} of the trigger, so a negation in an unrelated clause does not reach it. Stateless;
 * threads may share one instance.
 */
public final class StanceDetector {
    private static final int NEGATION_REACH = 4;
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "claim-grammar.tsv");
    private static final Set<String> DETERMINERS = GRAMMAR.words("determiner");
    private static final Set<String> PASSIVE = GRAMMAR.words("passive");
    private static final Set<String> DENIED_OBJECTS = GRAMMAR.words("denied-object");
    private static final Set<String> OWN_SUBJECTS = GRAMMAR.words("own-subject");
    private static final Set<String> HEARSAY = GRAMMAR.words("hearsay");

    /**
     * The stance of what a noun phrase presupposes rather than asserts ("its Hezbollah allies", "the US-backed
     * X"): a denial verb over the clause denies the act the clause states, not the description of who took
     * part ("Iran denied that its Hezbollah allies were involved" still calls Hezbollah Iran's ally), so only a
     * negation of the phrase itself ("no ally of X") denies it; hedges and disputes reach it as they do any
     * trigger.
     */
    public Stance stanceOfPresupposed(AnnotatedSentence sentence, int triggerToken) {
        Stance st = stanceOf(sentence, triggerToken);
        if (st != Stance.DENIED) {
            return st;
        }
        List<Token> tokens = sentence.tokens();
        Clause clause = Clause.around(tokens, triggerToken);
        if (isNegated(tokens, clause, triggerToken)) {
            return Stance.DENIED;
        }
        return isHedged(tokens, clause, triggerToken) ? Stance.CLAIMED : Stance.ASSERTED;
    }

    public Stance stanceOf(AnnotatedSentence sentence, int triggerToken) {
        List<Token> tokens = sentence.tokens();
        if (triggerToken < 0 || triggerToken >= tokens.size()) {
            throw new IllegalArgumentException("Trigger token " + triggerToken + " is outside the sentence of "
                    + tokens.size() + " tokens");
        }
        Clause clause = Clause.around(tokens, triggerToken);
        if (isNegated(tokens, clause, triggerToken) || deniedWithin(tokens, clause, triggerToken)) {
            return Stance.DENIED;
        }
        if (isDisputed(tokens, clause)) {
            return Stance.DISPUTED;
        }
        if (isHedged(tokens, clause, triggerToken)) {
            return Stance.CLAIMED;
        }
        return Stance.ASSERTED;
    }

    /** Whether the sentence denies a fact or a claim ("X has denied that ...", "rejected claims that ..."). */
    public boolean isDenial(AnnotatedSentence sentence) {
        return denialVerb(sentence.tokens()).isPresent();
    }

    /** The party that denies, where the sentence names it: the subject of the denial, or the agent after "by". */
    public Optional<String> denyingParty(AnnotatedSentence sentence) {
        return denyingParty(sentence, Abbreviations.none());
    }

    public Optional<String> denyingParty(AnnotatedSentence sentence, Abbreviations known) {
        Abbreviations abbreviations = Abbreviations.definedIn(sentence).and(known);
        return denialVerb(sentence.tokens()).flatMap(verb -> {
            boolean passive = Words.lower(sentence.tokens(), verb + 1).equals("by");
            Optional<SourcePhrase.Span> span = passive ? SourcePhrase.after(sentence, verb + 2)
                    : SourcePhrase.before(sentence, verb);
            return span.map(found -> SourcePhrase.name(sentence, found, abbreviations));
        });
    }

    private static Optional<Integer> denialVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = Words.lower(tokens, i);
            if (!Lexicon.DENIAL_VERBS.contains(word) || DETERMINERS.contains(Words.lower(tokens, i - 1))) {
                continue;
            }
            String next = Words.lower(tokens, i + 1);
            boolean passiveWithoutAgent = PASSIVE.contains(Words.lower(tokens, i - 1)) && !next.equals("by");
            if (!passiveWithoutAgent && (DENIED_OBJECTS.contains(next) || next.equals("by")
                    || next.equals("any") || next.equals("reports"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A negator shortly before the trigger, inside its clause: "did not fight", "never attacked", "no clashes". */
    private static boolean isNegated(List<Token> tokens, Clause clause, int trigger) {
        for (int i = trigger - 1; i >= clause.begin() && trigger - i <= NEGATION_REACH; i--) {
            if (Lexicon.NEGATIONS.contains(Words.lower(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    /** "has denied that many towns were captured": a denial verb before the trigger in its clause. */
    private static boolean deniedWithin(List<Token> tokens, Clause clause, int trigger) {
        for (int i = clause.begin(); i < trigger; i++) {
            if (Lexicon.DENIAL_VERBS.contains(Words.lower(tokens, i))
                    && !DETERMINERS.contains(Words.lower(tokens, i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Reported disagreement anywhere, a passive denial by another party, or a denial in another clause. */
    private static boolean isDisputed(List<Token> tokens, Clause clause) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = Words.lower(tokens, i);
            boolean attributive = DETERMINERS.contains(Words.lower(tokens, i - 1));
            if (Lexicon.DISPUTE_MARKERS.contains(word) && !attributive
                    && (word.equals("conflicting") || word.equals("contradictory") || !word.equals("contested")
                    || Words.lower(tokens, i + 1).equals("by"))) {
                return true;
            }
            if (Lexicon.DENIAL_VERBS.contains(word) && !attributive) {
                boolean byAgent = Words.lower(tokens, i + 1).equals("by");
                boolean elsewhere = !clause.contains(i) && DENIED_OBJECTS.contains(Words.lower(tokens, i + 1));
                if (byAgent || elsewhere) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hedges and claims inside the clause; a claim verb before a colon reaches the quoted claim after it. */
    private static boolean isHedged(List<Token> tokens, Clause clause, int trigger) {
        for (int i = clause.begin(); i < clause.end(); i++) {
            String word = Words.lower(tokens, i);
            if (Lexicon.HEDGES.contains(word)) {
                return true;
            }
            if (i < trigger && (Lexicon.CLAIM_VERBS.contains(word) && !DETERMINERS.contains(Words.lower(tokens, i - 1))
                    || isSelfReport(tokens, i) || isSaidTo(tokens, i))) {
                return true;
            }
        }
        for (int i = 0; i + 1 < clause.begin(); i++) {
            if (Lexicon.CLAIM_VERBS.contains(Words.lower(tokens, i)) && tokens.get(i + 1).word().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** "said it had", "says they have", "announced its fighters had": a party reporting its own deed. */
    private static boolean isSelfReport(List<Token> tokens, int i) {
        if (!Lexicon.REPORTING_VERBS.contains(Words.lower(tokens, i))) {
            return false;
        }
        int next = i + 1;
        if (Words.lower(tokens, next).equals("that")) {
            next++;
        }
        String subject = Words.lower(tokens, next);
        return OWN_SUBJECTS.contains(subject)
                || Words.lower(tokens, next).equals("to") && Words.lower(tokens, next + 1).equals("have");
    }

    /** "is said to", "are believed to", "was reported to". */
    private static boolean isSaidTo(List<Token> tokens, int i) {
        return PASSIVE.contains(Words.lower(tokens, i))
                && HEARSAY.contains(Words.lower(tokens, i + 1))
                && Words.lower(tokens, i + 2).equals("to");
    }
}
