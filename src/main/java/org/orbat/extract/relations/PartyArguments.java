package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orbat.actors.ActorMention;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.Dependency;

/**
 * The parties a frame's argument tokens name: the mention holding a token, or for a word that stands
 * for a party ("positions", "fighters", "dozens", "areas held by X", "the affiliate X", a subject
 * "it") the mention it is qualified by. Stateless and thread-safe.
 */
final class PartyArguments {
    private static final Set<String> PROXIES = RelationWords.of("proxy");
    private static final Set<String> QUANTITIES = RelationWords.of("quantity");
    private static final Set<String> HELD_PLACES = RelationWords.of("held-place");
    private static final Set<String> HOLDING = RelationWords.of("holding");
    /** This class's words, kept as data: {@code lang/en/grammar/party-arguments.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/party-arguments.tsv");
    /** Prepositions through which a proxy names its party: "groups such as IS", "rebels including the Nusra Front". */
    private static final Set<String> QUALIFYING = GRAMMAR.words("qualifying");
    private static final Set<String> NAMED_ROLES = RelationWords.of("named-role");
    /** Subject pronouns that stand for a group named earlier in the sentence. */
    private static final Set<String> PRONOUNS = GRAMMAR.words("pronouns");

    private PartyArguments() {
    }

    /**
     * The parties the argument tokens name: the mention holding a token, or for a proxy noun
     * ("positions", "fighters") the mention among its modifiers.
     */
    static List<ActorMention> partiesOf(ParseTree tree, List<ActorMention> parties, List<Integer> tokens) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int t : tokens) {
            collect(tree, parties, t, 0, out);
        }
        return new ArrayList<>(out);
    }

    private static void collect(ParseTree tree, List<ActorMention> parties, int token, int depth, Set<ActorMention> out) {
        Optional<ActorMention> direct = covering(parties, token);
        if (direct.isPresent()) {
            out.add(direct.get());
            return;
        }
        String word = tree.word(token);
        if (attributedAfter(tree, token)) {
            // "receives backing from Saudi Arabia Reuters reports": with the comma before the source lost, the
            // parser makes the source's name the head of the argument and the party its compound modifier.
            for (Dependency d : tree.children(token)) {
                if (d.relation().equals("compound")) {
                    covering(parties, d.dependent()).ifPresent(out::add);
                }
            }
            return;
        }
        if (PRONOUNS.contains(word) && tree.relation(token).startsWith("nsubj")) {
            // "the YPG, after it evicted the army": a subject pronoun stands for the nearest party before it.
            antecedent(parties, token).ifPresent(out::add);
            return;
        }
        if (NAMED_ROLES.contains(word)) {
            // "the al-Qaeda affiliate Nusra Front", "its ally, Hezbollah": the name in apposition is the party.
            boolean named = false;
            for (Dependency d : tree.children(token)) {
                String rel = d.relation();
                if ((rel.equals("appos") || rel.equals("dep") || rel.equals("flat")) && d.dependent() > token) {
                    Optional<ActorMention> m = covering(parties, d.dependent());
                    m.ifPresent(out::add);
                    named |= m.isPresent();
                }
            }
            if (named) {
                return;
            }
        }
        boolean proxy = PROXIES.contains(word);
        boolean quantity = QUANTITIES.contains(word) || tree.pos(token).equals("CD");
        boolean held = !proxy && HELD_PLACES.contains(word);
        if (!(proxy || quantity || held) || depth > 2) {
            return;
        }
        if (proxy && exemplified(tree, parties, token, out)) {
            return;
        }
        for (Dependency d : tree.children(token)) {
            String rel = d.relation();
            String prep = tree.caseOf(d.dependent());
            boolean of = rel.startsWith("nmod") && ("of".equals(prep) || "from".equals(prep));
            if (held) {
                // "sites held by IS", "areas controlled by the regime": the holder is the one attacked.
                if (rel.startsWith("acl") && HOLDING.contains(tree.lemma(d.dependent()))) {
                    for (Dependency a : tree.children(d.dependent())) {
                        if (a.relation().equals("obl:agent") || a.relation().startsWith("obl") && "by".equals(tree.caseOf(a.dependent()))) {
                            for (int q : tree.withConjuncts(a.dependent())) {
                                collect(tree, parties, q, depth + 1, out);
                            }
                        }
                    }
                }
                continue;
            }
            if (proxy && rel.startsWith("acl") && tree.lemma(d.dependent()).equals("include")) {
                // "factions including X", with "including" read as a participle whose object is X.
                for (Dependency o : tree.children(d.dependent())) {
                    if (o.relation().equals("obj")) {
                        for (int q : tree.withConjuncts(o.dependent())) {
                            collect(tree, parties, q, depth + 1, out);
                        }
                    }
                }
                continue;
            }
            if (proxy && Frames.shipped().isNoun(tree.lemma(token).toLowerCase(java.util.Locale.ROOT))
                    && (rel.startsWith("acl") || rel.equals("amod")) && tree.pos(d.dependent()).equals("VBN")) {
                // "backed by air strikes launched by X", "hit by raids carried out by X": an act stands for the
                // one who carried it out, named in its participle's "by" phrase. Only acts: "fighters trained
                // by X" are not X.
                for (Dependency a : tree.children(d.dependent())) {
                    if (a.relation().equals("obl:agent") || a.relation().startsWith("obl") && "by".equals(tree.caseOf(a.dependent()))) {
                        for (int q : tree.withConjuncts(a.dependent())) {
                            collect(tree, parties, q, depth + 1, out);
                        }
                    }
                }
                continue;
            }
            if (proxy && rel.equals("acl:relcl") && tree.lemma(d.dependent()).equals("belong")) {
                // "fighters who belonged to the Levant Front"
                for (Dependency b : tree.children(d.dependent())) {
                    if (b.relation().startsWith("obl") && "to".equals(tree.caseOf(b.dependent()))) {
                        collect(tree, parties, b.dependent(), depth + 1, out);
                    }
                }
                continue;
            }
            boolean qualifier = proxy && (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod")
                || rel.startsWith("nmod") && QUALIFYING.contains(prep))
                || of;
            if (qualifier) {
                for (int q : tree.withConjuncts(d.dependent())) {
                    collect(tree, parties, q, depth + 1, out);
                }
            }
        }
    }

    /**
     * "groups such as X and Y", "factions like X": the names right after the words that introduce examples
     * are the parties the proxy stands for. Read from the words, since a parenthesis or a reduced relative
     * after the name ("such as the Islamic State (ISIL) outlawed in Russia") often breaks the parse of the
     * phrase; returns whether any was found.
     */
    private static boolean exemplified(ParseTree tree, List<ActorMention> parties, int token, Set<ActorMention> out) {
        int k = token + 1;
        if (k + 1 < tree.size() && tree.word(k).equalsIgnoreCase("such") && tree.word(k + 1).equalsIgnoreCase("as")) {
            k += 2;
        } else if (k < tree.size() && tree.word(k).equalsIgnoreCase("like")) {
            k += 1;
        } else {
            return false;
        }
        boolean found = false;
        while (k < tree.size()) {
            Optional<ActorMention> m = covering(parties, k);
            if (m.isPresent()) {
                out.add(m.get());
                found = true;
                k = m.get().tokenEnd();
            } else if (EXAMPLE_GLUE.contains(tree.word(k).toLowerCase(java.util.Locale.ROOT))) {
                k++;
            } else {
                break;
            }
        }
        return found;
    }

    /** Whether the token is a name a verb of reporting follows ("... Reuters reports."), a source, no party. */
    private static boolean attributedAfter(ParseTree tree, int token) {
        return tree.pos(token).startsWith("NNP") && token + 1 < tree.size() && tree.pos(token + 1).startsWith("VB")
            && REPORTING.contains(tree.lemma(token + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> REPORTING = RelationWords.of("reporting");

    /** Words that may stand between the examples of "such as": "such as the X, Y and Z". */
    private static final Set<String> EXAMPLE_GLUE = GRAMMAR.words("example-glue");

    private static Optional<ActorMention> antecedent(List<ActorMention> parties, int token) {
        ActorMention nearest = null;
        for (ActorMention m : parties) {
            if (m.tokenEnd() <= token) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    static Optional<ActorMention> covering(List<ActorMention> parties, int token) {
        for (ActorMention m : parties) {
            if (m.tokenBegin() <= token && token < m.tokenEnd()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
