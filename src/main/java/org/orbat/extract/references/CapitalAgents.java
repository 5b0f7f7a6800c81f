package org.orbat.extract.references;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.orbat.OrbatException;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * A capital that stands for its state because it acts: "Moscow backed the offensive", "Ankara has
 * accused the group", "Moscow and Damascus rejected the plea", "armed by Tehran", "Moscow's support".
 * Metonymy only holds for an agent of a political or military verb, finite or after an auxiliary;
 * "in Moscow", "Damascus was shelled", "the Damascus countryside" are places, and in "strikes in
 * support of its ally Damascus targeting IS" the participle is said of the strikes. A capital stands for the government seated
 * there when the registry holds one ("Government of Syria": Damascus is the Syrian government), else
 * for the state. Capitals come from the open country data the generated registry carries
 * ({@code actors/generated/countries.json}, from mledoze/countries); a capital spelt like its country
 * or shared by two countries is left out. Immutable and thread-safe.
 */
public final class CapitalAgents {
    static final String RULE = "capital";
    private static final String RESOURCE = "/actors/generated/countries.json";
    /** This class's words, kept as data: {@code lang/en/grammar/capital-agents.tsv}. */
    private static final WordTable GRAMMAR = WordTable.of(Language.ENGLISH, "grammar/capital-agents.tsv");
    /** Lemmas of what a government does: decide, speak, sponsor, fight. */
    private static final Set<String> POLITICAL = GRAMMAR.words("political");
    private static final Set<String> AUXILIARIES = GRAMMAR.words("auxiliaries");

    /** A capital's words as written and the actor it stands for. */
    record Capital(List<String> words, String actorId) {
    }

    private final Map<String, List<Capital>> byFirstWord;

    CapitalAgents(Map<String, List<Capital>> byFirstWord) {
        this.byFirstWord = Map.copyOf(byFirstWord);
    }

    /** The capitals of the generated country table, resolved to their governments or states through {@code resolver}. */
    public static CapitalAgents load(ActorResolver resolver) {
        JsonNode root;
        try (InputStream in = CapitalAgents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new OrbatException("Missing resource " + RESOURCE);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new OrbatException("Cannot read resource " + RESOURCE, e);
        }
        Map<String, String> actorOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (JsonNode a : root.path("actors")) {
            if (!"state".equals(a.path("kind").asText())) {
                continue;
            }
            String state = a.path("id").asText();
            String name = a.path("name").asText();
            String actor = resolver.resolve("Government of " + name)
                .filter(r -> r.actor().kind() == org.orbat.model.ActorKind.GOVERNANCE)
                .map(r -> r.actor().id()).orElse(state);
            for (JsonNode c : a.path("capital")) {
                String capital = spoken(c.asText());
                if (capital.isEmpty() || capital.equalsIgnoreCase(name) || resolver.resolve(capital).isPresent()) {
                    continue;
                }
                if (actorOf.putIfAbsent(capital, actor) != null && !actorOf.get(capital).equals(actor)) {
                    shared.add(capital);
                }
            }
        }
        shared.forEach(actorOf::remove);
        Map<String, List<Capital>> byFirstWord = new HashMap<>();
        actorOf.forEach((capital, actor) -> {
            List<String> words = List.of(capital.split("\\s+"));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Capital(words, actor));
        });
        // longest capital first, so "Kuala Lumpur" is tried before a one-word capital spelt "Kuala"
        byFirstWord.replaceAll((k, v) -> v.stream()
            .sorted((x, y) -> Integer.compare(y.words().size(), x.words().size())).toList());
        return new CapitalAgents(byFirstWord);
    }

    /** A capital as reports write it: "Washington D.C." is "Washington"; abbreviations after the name go. */
    static String spoken(String capital) {
        List<String> words = new ArrayList<>();
        for (String w : capital.strip().split("\\s+")) {
            if (w.contains(".") && !words.isEmpty()) {
                break;
            }
            words.add(w);
        }
        return String.join(" ", words);
    }

    /** The capitals of sentence {@code s} that act, outside {@code taken}. */
    List<ActorMention> find(AnnotatedSentence s, boolean[] taken) {
        List<Token> t = s.tokens();
        List<int[]> spans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Capital c = capitalAt(t, i);
            if (c != null && CountryReferences.free(taken, i, i + c.words().size())) {
                spans.add(new int[] {i, i + c.words().size()});
                ids.add(c.actorId());
                i += c.words().size() - 1;
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            // a coordinated run of capitals ("Moscow and Damascus") shares the verb after its last member
            int last = k;
            while (last + 1 < spans.size() && coordinated(t, spans.get(last)[1], spans.get(last + 1)[0])) {
                last++;
            }
            int begin = spans.get(k)[0];
            if (agentBefore(t, begin) || !placeBefore(t, begin) && acts(t, spans.get(last)[1])) {
                for (int m = k; m <= last; m++) {
                    int[] span = spans.get(m);
                    out.add(new ActorMention(s.index(), span[0], span[1], s.span(span[0], span[1]), ids.get(m), RULE));
                    CountryReferences.mark(taken, span[0], span[1]);
                }
            }
            k = last;
        }
        return out;
    }

    private Capital capitalAt(List<Token> t, int i) {
        List<Capital> candidates = byFirstWord.get(t.get(i).word());
        if (candidates == null) {
            return null;
        }
        for (Capital c : candidates) {
            int end = i + c.words().size();
            if (end > t.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < c.words().size() && all; k++) {
                all = t.get(i + k).word().equals(c.words().get(k));
            }
            // "Damascus countryside", "Moscow-based": the capital qualifies the word after it
            if (all && (end >= t.size() || !t.get(end).pos().startsWith("NNP") && !t.get(end).word().startsWith("-"))) {
                return c;
            }
        }
        return null;
    }

    private static boolean coordinated(List<Token> t, int end, int nextBegin) {
        return nextBegin == end + 1 && (t.get(end).word().equalsIgnoreCase("and") || t.get(end).word().equals(","));
    }

    /** "officials in Damascus said", "the Moscow talks": after a preposition or a determiner the capital is a place. */
    private static boolean placeBefore(List<Token> t, int begin) {
        if (begin == 0) {
            return false;
        }
        String pos = t.get(begin - 1).pos();
        return pos.equals("IN") || pos.equals("TO") || pos.equals("DT");
    }

    /** "backed by Moscow", "armed by Tehran": the passive's agent. */
    private static boolean agentBefore(List<Token> t, int begin) {
        return begin >= 2 && t.get(begin - 1).word().equalsIgnoreCase("by") && t.get(begin - 2).pos().equals("VBN")
            && POLITICAL.contains(t.get(begin - 2).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the capital ending before {@code end} is the subject of a political verb ("Moscow has long
     * backed", "Ankara accused") or owns what the state does ("Moscow's support"). A passive ("Damascus
     * was shelled") makes it the patient, so a place.
     */
    private static boolean acts(List<Token> t, int end) {
        int i = end;
        if (i < t.size() && (t.get(i).word().equals("'s") || t.get(i).word().equals("’s"))) {
            return i + 1 < t.size() && t.get(i + 1).pos().matches("NNS?|JJ");
        }
        boolean be = false;
        boolean auxiliary = false;
        while (i < t.size() && i - end < 4 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD")
            || AUXILIARIES.contains(t.get(i).lemma().toLowerCase(Locale.ROOT)) && i + 1 < t.size()
            && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().startsWith("RB")))) {
            be |= t.get(i).lemma().equalsIgnoreCase("be");
            auxiliary |= !t.get(i).pos().startsWith("RB");
            i++;
        }
        if (i >= t.size() || !t.get(i).pos().startsWith("VB")) {
            return false;
        }
        if (be && t.get(i).pos().equals("VBN")) {
            return false;
        }
        // a bare participle qualifies what comes before: "air strikes in support of its ally Damascus targeting IS"
        if (!auxiliary && (t.get(i).pos().equals("VBG") || t.get(i).pos().equals("VBN"))) {
            return false;
        }
        return POLITICAL.contains(t.get(i).lemma().toLowerCase(Locale.ROOT));
    }
}
