package org.orbat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.extract.MentionIndex;
import org.orbat.model.ActorKind;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedSentence;
import org.orbat.nlp.Token;

/**
 * Reads terrorist designations: "added X to the list of Foreign Terrorist Organizations",
 * "designated X as a Specially Designated Global Terrorist". The designating state is the state
 * the sentence names, or the United States when the sentence names its State Department or
 * Treasury, which keep the FTO and SDGT lists. Thread-safe.
 */
public final class Designations {
    private final ActorResolver resolver;

    public Designations(ActorResolver resolver) {
        this.resolver = resolver;
    }

    List<RelationExtractor.Found> find(AnnotatedSentence s, List<ActorMention> parties, MentionIndex index) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean designation = lower.contains("terrorist organi") || lower.contains("designated global terrorist")
            || lower.contains("designated") && lower.contains("terror") || lower.contains("terror list")
            || lower.contains("list of terror");
        if (!designation) {
            return List.of();
        }
        int at = trigger(s);
        Optional<String> designator = parties.stream().filter(m -> index.kind(m.actorId()) == ActorKind.STATE)
            .map(ActorMention::actorId).findFirst();
        if (designator.isEmpty() && (lower.contains("state department") || lower.contains("department of state")
                || lower.contains("treasury"))) {
            designator = resolver.resolve("United States").map(r -> r.actor().id());
        }
        if (designator.isEmpty()) {
            return List.of();
        }
        List<RelationExtractor.Found> out = new ArrayList<>();
        for (ActorMention m : parties) {
            ActorKind k = index.kind(m.actorId());
            if (k != ActorKind.STATE && !m.actorId().equals(designator.get())) {
                out.add(new RelationExtractor.Found(RelationType.DESIGNATED_BY, m.actorId(), designator.get(), at));
            }
        }
        return out;
    }

    private static int trigger(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (w.startsWith("designat") || w.equals("added") || w.equals("listed")) {
                return i;
            }
        }
        return 0;
    }
}
