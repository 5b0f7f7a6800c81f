package org.orbat.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orbat.OrbatException;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.TsvResource;
import org.orbat.model.Actor;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads "Baghdadi's followers", "Assad's forces", "Nasrallah's fighters" as the group or government the person
 * headed on the event's day: a leader's men act as what he leads, and the ACLED codebook codes that actor, not the
 * person. The possessive may have lost its apostrophe ("Assads forces": the actor stage reads such a stem). Who led
 * what, and when, comes from {@code resources/extract/group-leaders.tsv} and {@code governments-led.tsv} (sources
 * named there); the nouns from {@code follower-nouns.tsv}. A person the tables do not hold, or a day outside his
 * tenure, gives nothing. Immutable and thread-safe.
 */
final class Followers {
    private static final List<String> TENURES = List.of("/extract/group-leaders.tsv", "/extract/governments-led.tsv");
    private static final String NOUNS = Language.ENGLISH.resource("follower-nouns.tsv");
    /** The rule of a mention the actor stage read through a possessive whose apostrophe was lost ("Assads"). */
    private static final String STRIPPED_POSSESSIVE = "possessive";

    /** One person's tenure at the head of one actor. */
    private record Tenure(String led, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The actor a phrase stands for, and where the phrase ends. */
    record Led(Actor actor, int tokenEnd) {
    }

    private final ActorResolver resolver;
    private final Map<String, List<Tenure>> byPerson;
    private final Set<String> nouns;
    private final List<String> unknown = new ArrayList<>();

    Followers(ActorResolver resolver) {
        this.resolver = resolver;
        this.byPerson = loadTenures(resolver, unknown);
        this.nouns = loadNouns();
    }

    /**
     * The rows of the tenure tables naming an id the resolver's registry does not hold; they are skipped, so that a
     * smaller registry still loads, and a test holds the shipped tables to the shipped registry.
     */
    List<String> unknownRows() {
        return List.copyOf(unknown);
    }

    /**
     * The actor that the person mentioned by {@code m} headed on {@code day}, when the mention opens "<person>'s
     * <follower noun>"; empty otherwise.
     */
    Optional<Led> of(AnnotatedSentence s, ActorMention m, LocalDate day) {
        List<Tenure> tenures = byPerson.get(m.actorId());
        if (tenures == null || day == null) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        int i = m.tokenEnd();
        if (i < t.size() && isPossessive(t.get(i).word())) {
            i++;
        } else if (!STRIPPED_POSSESSIVE.equals(m.rule())) {
            return Optional.empty();   // "Assad forces" is no possessive; "Assads forces" lost its apostrophe
        }
        if (i >= t.size() || !nouns.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int end = i + 1;
        return tenures.stream().filter(x -> x.covers(day)).findFirst()
            .flatMap(x -> resolver.actor(x.led()))
            .map(a -> new Led(a, end));
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    private static Map<String, List<Tenure>> loadTenures(ActorResolver resolver, List<String> unknown) {
        Map<String, List<Tenure>> out = new HashMap<>();
        for (String resource : TENURES) {
            for (TsvResource.Row row : TsvResource.read(resource)) {
                String[] cols = row.columns();
                if (cols.length < 3 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new OrbatException(resource + ":" + row.line() + ": expected 'person<TAB>actor<TAB>from[<TAB>to]'");
                }
                if (resolver.actor(cols[0].trim()).isEmpty() || resolver.actor(cols[1].trim()).isEmpty()) {
                    unknown.add(resource + ":" + row.line() + ": " + row.text());
                    continue;
                }
                LocalDate to = cols.length > 3 && !cols[3].isBlank() ? LocalDate.parse(cols[3].trim()) : null;
                out.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>())
                    .add(new Tenure(cols[1].trim(), LocalDate.parse(cols[2].trim()), to));
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Set<String> loadNouns() {
        Set<String> out = new HashSet<>();
        for (TsvResource.Row row : TsvResource.read(NOUNS)) {
            out.add(row.columns()[0].trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
