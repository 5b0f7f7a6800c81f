package org.orbat.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.orbat.model.Actor;
import org.orbat.model.ActorKind;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Attaches definite short forms ("the group", "the jihadist group", "the movement", "the coalition",
 * "the Front") to the actor they refer back to: the only compatible actor named earlier in the same
 * sentence or, failing that, in the previous sentence. Two candidates means no attachment (rule
 * {@code context} only when unambiguous).
 */
final class ContextAttacher {
    private static final Map<String, Predicate<Actor>> HEADS = Map.ofEntries(
            Map.entry("group", a -> a.kind() == ActorKind.GROUP || a.kind() == ActorKind.COALITION),
            Map.entry("organization", a -> a.kind() == ActorKind.GROUP || a.kind() == ActorKind.COALITION),
            Map.entry("organisation", a -> a.kind() == ActorKind.GROUP || a.kind() == ActorKind.COALITION),
            Map.entry("outfit", a -> a.kind() == ActorKind.GROUP || a.kind() == ActorKind.COALITION),
            Map.entry("faction", a -> a.kind() == ActorKind.GROUP),
            Map.entry("militia", a -> a.kind() == ActorKind.GROUP),
            Map.entry("movement", a -> a.kind() == ActorKind.GROUP),
            Map.entry("coalition", a -> a.kind() == ActorKind.COALITION),
            Map.entry("alliance", a -> a.kind() == ActorKind.COALITION),
            Map.entry("front", a -> named(a, "front") || named(a, "jabha")),
            Map.entry("army", a -> named(a, "army") || named(a, "jaysh") || named(a, "jaish")),
            Map.entry("brigade", a -> named(a, "brigade") || named(a, "liwa")));
    private static final int MAX_MODIFIERS = 2;

    private final TransliterationActorResolver resolver;

    ContextAttacher(TransliterationActorResolver resolver) {
        this.resolver = resolver;
    }

    void attach(AnnotatedSentence sentence, List<TokenView> views, List<ActorMention> mentions,
                List<ActorMention> previous, ArticleState state) {
        boolean[] covered = new boolean[views.size()];
        for (ActorMention m : mentions) {
            for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
                covered[k] = true;
            }
        }
        List<ActorMention> found = new java.util.ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            if (covered[i] || !views.get(i).is("the")) {
                continue;
            }
            int head = i + 1;
            while (head < views.size() && head - i <= MAX_MODIFIERS && !HEADS.containsKey(views.get(head).lower())
                    && !covered[head] && !views.get(head).punctuation() && !views.get(head).capitalised()) {
                head++;
            }
            if (head >= views.size() || covered[head] || !HEADS.containsKey(views.get(head).lower())) {
                continue;
            }
            int after = head + 1;
            if (after < views.size() && (views.get(after).is("of") || views.get(after).token().pos().startsWith("NN")
                    || views.get(after).token().pos().equals("CD"))) {
                continue;
            }
            // "the front" is also the front line: only the capitalised short form refers back
            if (views.get(head).is("front") && !views.get(head).capitalised()) {
                continue;
            }
            Predicate<Actor> compatible = HEADS.get(views.get(head).lower());
            Set<String> candidates = candidates(mentions, i, compatible, state);
            if (candidates.isEmpty()) {
                candidates = candidates(previous, Integer.MAX_VALUE, compatible, state);
            }
            if (candidates.size() == 1) {
                String id = candidates.iterator().next();
                found.add(new ActorMention(sentence.index(), i, head + 1, SentenceText.span(sentence, views, i, head + 1),
                        id, "context"));
            }
            i = head;
        }
        mentions.addAll(found);
    }

    private Set<String> candidates(List<ActorMention> mentions, int before, Predicate<Actor> compatible,
                                   ArticleState state) {
        Set<String> ids = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (m.tokenEnd() > before || m.rule().equals("context")) {
                continue;
            }
            Actor actor = resolver.registry().find(m.actorId()).map(RegistryEntry::actor)
                    .or(() -> state.discovered(m.actorId())).orElse(null);
            if (actor != null && compatible.test(actor)) {
                ids.add(actor.id());
            }
        }
        return ids;
    }

    private static boolean named(Actor actor, String word) {
        if (actor.kind() != ActorKind.GROUP && actor.kind() != ActorKind.COALITION
                && actor.kind() != ActorKind.STATE_FORCE) {
            return false;
        }
        if (actor.name().toLowerCase(java.util.Locale.ROOT).contains(word)) {
            return true;
        }
        return actor.aliases().stream().anyMatch(a -> a.name().toLowerCase(java.util.Locale.ROOT).contains(word));
    }
}
