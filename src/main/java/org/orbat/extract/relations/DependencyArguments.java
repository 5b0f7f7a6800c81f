package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Dependency;
import org.orbat.nlp.Token;

/**
 * Who does what to whom around a relation cue, read from the sentence's dependency parse: the
 * cue verb's subject and its object (or the oblique its preposition introduces). The parse sees
 * what word order hides: in "the group, guided by its ideology, split from al-Qaeda and is now led
 * by X", the subject of "led" is "the group", not "al-Qaeda", the nearest name before it.
 *
 * <p>Coordinated arguments are followed ("A and B fought alongside C"); a verb coordinated with
 * another shares its subject; a relative clause's pronoun stands for the noun it modifies.
 * Stateless and thread-safe.
 */
final class DependencyArguments {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
    /** This class's words, kept as data: {@code lang/en/grammar/dependency-arguments.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/dependency-arguments.tsv");
    private static final Set<String> RELATIVE_PRONOUNS = GRAMMAR.words("relative-pronouns");

    /** Token indexes of the cue's subject and object; either may be empty when the parse has none. */
    record Args(List<Integer> subject, List<Integer> object) {
    }

    /** The arguments, or empty when the sentence has no parse or the cue has no verb to read them from. */
    Optional<Args> of(AnnotatedSentence s, int cueBegin, int cueEnd) {
        List<Dependency> deps = s.dependencies();
        if (deps.isEmpty()) {
            return Optional.empty();
        }
        int verb = -1;
        for (int i = cueBegin; i < cueEnd; i++) {
            // The cue's main verb, not an auxiliary: "known" in "was known as".
            if (s.tokens().get(i).pos().startsWith("VB") && (verb < 0 || isAuxiliary(deps, verb))) {
                verb = i;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        List<Integer> subject = subjectOf(deps, s, verb, 0);
        List<Integer> object = new ArrayList<>();
        Set<String> cueWords = cueWords(s, cueBegin, cueEnd);
        for (Dependency d : deps) {
            if (d.governor() != verb) {
                continue;
            }
            boolean direct = d.relation().equals("obj") || d.relation().equals("iobj") || d.relation().equals("xcomp");
            boolean oblique = d.relation().startsWith("obl") && introducedByCue(deps, s, d.dependent(), cueWords);
            if (direct || oblique) {
                object.addAll(withConjuncts(deps, d.dependent()));
            }
        }
        return Optional.of(new Args(subject, object));
    }

    private static boolean isAuxiliary(List<Dependency> deps, int token) {
        return deps.stream().anyMatch(d -> d.dependent() == token
            && (d.relation().startsWith("aux") || d.relation().equals("cop")));
    }

    private static List<Integer> subjectOf(List<Dependency> deps, AnnotatedSentence s, int verb, int depth) {
        for (Dependency d : deps) {
            if (d.governor() == verb && SUBJECTS.contains(d.relation())) {
                String word = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (RELATIVE_PRONOUNS.contains(word)) {
                    return antecedent(deps, verb).map(a -> withConjuncts(deps, a)).orElse(List.of());
                }
                return withConjuncts(deps, d.dependent());
            }
        }
        if (depth < 3) {
            for (Dependency d : deps) {
                // "split from al-Qaeda and is led by X": the second verb shares the first one's subject;
                // "X, which is backed by Y": a relative clause's subject is the noun it modifies.
                if (d.dependent() == verb && (d.relation().equals("conj") || d.relation().equals("xcomp"))) {
                    return subjectOf(deps, s, d.governor(), depth + 1);
                }
                if (d.dependent() == verb && (d.relation().startsWith("acl"))) {
                    return withConjuncts(deps, d.governor());
                }
            }
        }
        if (depth == 0 && (s.tokens().get(verb).pos().equals("VBN") || s.tokens().get(verb).pos().equals("VBG"))) {
            // "Once allied to Y, X turned against it": a participial adjunct is said of its clause's subject.
            return new ParseTree(s).hostSubject(verb);
        }
        return List.of();
    }

    /**
     * The noun a relative clause modifies; when that noun only describes a subject ("the Levant Front
     * is a coalition of groups which includes ..."), the subject it describes.
     */
    private static Optional<Integer> antecedent(List<Dependency> deps, int verb) {
        Optional<Integer> noun = deps.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("acl"))
            .map(Dependency::governor).findFirst();
        if (noun.isEmpty()) {
            return noun;
        }
        int head = noun.get();
        for (int step = 0; step < 2; step++) {
            Optional<Integer> described = subjectOfCopula(deps, head);
            if (described.isPresent()) {
                return described;
            }
            int current = head;
            Optional<Integer> up = deps.stream().filter(d -> d.dependent() == current && d.relation().startsWith("nmod"))
                .map(Dependency::governor).findFirst();
            if (up.isEmpty()) {
                break;
            }
            head = up.get();
        }
        return noun;
    }

    private static Optional<Integer> subjectOfCopula(List<Dependency> deps, int noun) {
        boolean copular = deps.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("cop"));
        if (!copular) {
            return Optional.empty();
        }
        return deps.stream().filter(d -> d.governor() == noun && d.relation().equals("nsubj"))
            .map(Dependency::dependent).findFirst();
    }

    /** The token and every token coordinated with it ("Nusra, Ahrar al-Sham and other groups"). */
    private static List<Integer> withConjuncts(List<Dependency> deps, int token) {
        List<Integer> out = new ArrayList<>();
        out.add(token);
        for (Dependency d : deps) {
            if (d.governor() == token && (d.relation().equals("conj") || d.relation().equals("appos"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static Set<String> cueWords(AnnotatedSentence s, int begin, int end) {
        Set<String> words = new java.util.HashSet<>();
        for (int i = begin; i < end; i++) {
            words.add(s.tokens().get(i).word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether an oblique's preposition is a word of the cue ("alongside" in "fought alongside"). */
    private static boolean introducedByCue(List<Dependency> deps, AnnotatedSentence s, int oblique, Set<String> cueWords) {
        for (Dependency d : deps) {
            if (d.governor() == oblique && d.relation().equals("case")) {
                Token t = s.tokens().get(d.dependent());
                return cueWords.contains(t.word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
