package org.orbat.extract.relations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Dependency;
import org.orbat.nlp.TimeExpression;
import org.orbat.nlp.Token;

/**
 * A sentence's dependency parse as a tree: children by governor and each token's incoming arc, with
 * the walks the relation frames read arguments by (a verb's subject through coordination, control
 * and participles; a phrase's conjuncts and companions; a relative pronoun's antecedent). Built per
 * sentence; immutable once built, so one instance may be shared by threads.
 */
final class ParseTree {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");
    /** This class's words, kept as data: {@code lang/en/grammar/parse-tree.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/parse-tree.tsv");
    private static final Set<String> RELATIVE_PRONOUNS = GRAMMAR.words("relative-pronouns");
    /** Words before "with" that make its phrase a companion: "along with", "together with". */
    private static final Set<String> COMPANION = GRAMMAR.words("companion");
    /** Verbs whose object, not subject, does what their complement says: "allowed the army to advance". */
    private static final Set<String> OBJECT_CONTROL = RelationWords.of("object-control");

    private final AnnotatedSentence s;
    private final List<List<Dependency>> children;
    private final Dependency[] incoming;

    ParseTree(AnnotatedSentence s) {
        this.s = s;
        int n = s.tokens().size();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        incoming = new Dependency[n];
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                incoming[d.dependent()] = d;
            }
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
        }
    }

    AnnotatedSentence sentence() {
        return s;
    }

    int size() {
        return s.tokens().size();
    }

    List<Dependency> children(int token) {
        return children.get(token);
    }

    boolean has(int token, String relation) {
        return children.get(token).stream().anyMatch(d -> d.relation().equals(relation));
    }

    String relation(int token) {
        return incoming[token] == null ? "" : incoming[token].relation();
    }

    int governor(int token) {
        return incoming[token] == null ? -1 : incoming[token].governor();
    }

    String word(int token) {
        return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }

    String pos(int token) {
        return s.tokens().get(token).pos();
    }

    String lemma(int token) {
        Token t = s.tokens().get(token);
        return (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    boolean isPassive(int verb) {
        return has(verb, "nsubj:pass") || has(verb, "aux:pass");
    }

    /** The preposition introducing a nominal ("against" in "against IS"), or "" when none. */
    String caseOf(int token) {
        for (Dependency d : children.get(token)) {
            if (d.relation().equals("case")) {
                return word(d.dependent());
            }
        }
        // A particle or adverb argument ("drove IS out") is its own preposition.
        String rel = relation(token);
        return rel.equals("compound:prt") || rel.equals("advmod") ? word(token) : "";
    }

    /**
     * Who acts in the clause a noun stands in: the subject of the nearest verb above it, through
     * the nouns it modifies ("intensified its air raids in support of X": the subject of
     * "intensified").
     */
    List<Integer> actorOfClause(int noun) {
        int node = governor(noun);
        for (int step = 0; step < 3 && node >= 0; step++) {
            if (pos(node).startsWith("VB")) {
                return isPassive(node) ? List.of() : subjectOf(node, 0);
            }
            node = governor(node);
        }
        return List.of();
    }

    /**
     * The tokens of a noun phrase held together by coordination, apposition and compounding: "clashes
     * between A B and C" names A, B and C even when the parser reads "A B" as one compound.
     */
    List<Integer> phrase(int head) {
        List<Integer> out = new ArrayList<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty() && out.size() < 64) {
            int t = todo.poll();
            out.add(t);
            for (Dependency d : children.get(t)) {
                String rel = d.relation();
                if (rel.equals("conj") || rel.equals("appos") || rel.equals("compound") || rel.equals("flat")) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    /**
     * The token and every token coordinated or in apposition with it, through chains ("the
     * government, its ally Russia and the coalition": the coalition is coordinated with the apposition).
     */
    List<Integer> withConjuncts(int token) {
        List<Integer> out = new ArrayList<>();
        out.add(token);
        for (int k = 0; k < out.size() && out.size() < 32; k++) {
            for (Dependency d : children.get(out.get(k))) {
                if ((d.relation().equals("conj") || d.relation().equals("appos")) && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /**
     * The token with those it is coordinated with and those named as its companions: "X, along
     * with Y and Z, has been assisting W" makes Y and Z agents too (the parser hangs them on X
     * as an "along with" phrase, not a conjunct).
     */
    List<Integer> withCompanions(int token) {
        List<Integer> out = withConjuncts(token);
        for (Dependency d : children.get(token)) {
            if (d.relation().startsWith("nmod") && alongWith(d.dependent())) {
                out.addAll(withConjuncts(d.dependent()));
            }
        }
        return out;
    }

    /** Whether "along" or "together" stands right before the "with" of this nominal. */
    private boolean alongWith(int nominal) {
        for (Dependency d : children.get(nominal)) {
            if (d.relation().equals("case") && word(d.dependent()).equals("with") && d.dependent() > 0) {
                return COMPANION.contains(word(d.dependent() - 1));
            }
        }
        return false;
    }

    /** A relative pronoun stands for the noun its clause modifies. */
    List<Integer> antecedentIfPronoun(int token, int verb) {
        if (RELATIVE_PRONOUNS.contains(word(token)) && relation(verb).startsWith("acl")) {
            return withConjuncts(governor(verb));
        }
        return withConjuncts(token);
    }

    /**
     * The subject of a verb; a verb coordinated with another or its complement shares that one's
     * subject, and a participle modifying a noun ("the coalition fighting IS") has that noun.
     */
    List<Integer> subjectOf(int verb, int depth) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(verb)) {
            // Every subject the parser gives: a dateline it read as one ("DAMASCUS (Agency) The army
            // killed ...") must not hide the real subject after it.
            if (SUBJECTS.contains(d.relation()) && !temporal(d.dependent())) {
                for (int t : antecedentIfPronoun(d.dependent(), verb)) {
                    out.addAll(withCompanions(t));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        String rel = relation(verb);
        int up = governor(verb);
        if (up < 0 || depth >= 3) {
            return List.of();
        }
        if (rel.equals("conj") && depth == 0 && has(up, "nsubj:pass") && !has(up, "nsubj")) {
            // "X was formed in 2013 and receives backing from Y": the second verb's subject is the
            // first one's passive subject.
            for (Dependency d : children.get(up)) {
                if (d.relation().equals("nsubj:pass")) {
                    out.addAll(withConjuncts(d.dependent()));
                }
            }
            return out;
        }
        boolean auxiliary = (rel.equals("dep") || rel.equals("ccomp")) && (lemma(up).equals("have") || lemma(up).equals("be"))
            && pos(verb).startsWith("VB");
        if (rel.equals("xcomp") && OBJECT_CONTROL.contains(lemma(up))) {
            // "X's strikes allowed the army to advance against Y": the one allowed does the act, not X.
            for (Dependency d : children.get(up)) {
                if (d.relation().equals("obj")) {
                    out.addAll(withConjuncts(d.dependent()));
                }
            }
            return out;
        }
        // "X was able Monday to strike Y": with a day between, the parser hangs the infinitive loosely on the
        // adjective and may take the day for its subject; an infinitive's subject is its governor's.
        boolean infinitive = rel.equals("dep") && hasChild(verb, "mark", "to");
        if (rel.equals("conj") || rel.equals("xcomp") || auxiliary || infinitive) {
            // "X has in recent days intensified ...": with an adverbial between, the parser makes the
            // participle a dependent of the auxiliary, which keeps the subject.
            return subjectOf(up, depth + 1);
        }
        if (rel.startsWith("acl") && !pos(verb).equals("VBN")) {
            return withConjuncts(up);
        }
        if (pos(verb).equals("VBG") && adjunct(rel)) {
            // "X stormed the village, killing 12 Y fighters": a participial adjunct has no subject of its
            // own; it is the subject of the clause it hangs on.
            return hostSubject(verb);
        }
        return List.of();
    }

    /** Relations the parser gives a participial adjunct: "…, killing Y", "Once allied to Y, X …". */
    private static boolean adjunct(String relation) {
        return relation.equals("advcl") || relation.equals("dep");
    }

    /**
     * The subject of the clause a participial adjunct hangs on, found by climbing at most two arcs
     * through adjuncts and adverbs ("Once allied to Y, X turned": "allied" hangs on "Once", which
     * modifies "turned"); empty when none of them has a subject.
     */
    /**
     * "the main component of the X alliance seeking to oust Y": the noun right before a participle that
     * modifies a noun (through any infinitives it governs, "seeking to oust"), when the parser hung the
     * participle on a noun further back. The attachment is ambiguous; the caller reads this noun only when the
     * one the parser chose names no party. Empty when the participle modifies no noun or follows its own.
     */
    List<Integer> nounBeforeParticiple(int verb) {
        int node = verb;
        for (int step = 0; step < 2 && node >= 0 && relation(node).equals("xcomp"); step++) {
            node = governor(node);
        }
        if (node < 0 || !relation(node).startsWith("acl") || !pos(node).equals("VBG")) {
            return List.of();
        }
        int k = node - 1;
        while (k >= 0 && pos(k).startsWith("RB")) {
            k--;
        }
        if (k < 0 || k == governor(node) || !pos(k).startsWith("NN")) {
            return List.of();
        }
        return withConjuncts(k);
    }

    /** Whether the token lies in a time expression ("Monday", "last week"): a time is never the one who acts. */
    private boolean temporal(int token) {
        for (TimeExpression t : s.times()) {
            if (t.tokenBegin() <= token && token < t.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasChild(int token, String relation, String word) {
        for (Dependency d : children.get(token)) {
            if (d.relation().equals(relation) && word(d.dependent()).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    List<Integer> hostSubject(int participle) {
        int node = participle;
        for (int step = 0; step < 2; step++) {
            String rel = relation(node);
            if (!(adjunct(rel) || rel.equals("advmod"))) {
                return List.of();
            }
            node = governor(node);
            if (node < 0) {
                return List.of();
            }
            List<Integer> out = new ArrayList<>();
            for (Dependency d : children.get(node)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    out.addAll(withConjuncts(d.dependent()));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
