package org.orbat.extract.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orbat.actors.ActorMention;
import org.orbat.actors.ActorResolver;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.MentionIndex;
import org.orbat.extract.places.PlaceMention;
import org.orbat.model.Actor;
import org.orbat.nlp.AnnotatedSentence;

/**
 * Widens an article's mentions with those its context fixes ({@link CountryReferences},
 * {@link CapitalAgents}) for the relation extractor: "the regime" and "Moscow" can be parties to a
 * relation once the report's country and the capital's role say whom they mean. Events keep the
 * actor stage's mentions: their coding of generic forces follows the ACLED codebook on its own.
 * Immutable and thread-safe.
 */
public final class ContextualMentions {
    /**
     * @param index  the article's mentions with the context-fixed ones added
     * @param actors the actors those added mentions brought that the article's mentions did not name
     */
    public record Widened(MentionIndex index, List<Actor> actors) {
        public Widened {
            actors = List.copyOf(actors);
        }
    }

    private final CountryReferences references;
    private final CapitalAgents capitals;
    private final ActorResolver resolver;

    ContextualMentions(CountryReferences references, CapitalAgents capitals, ActorResolver resolver) {
        this.references = references;
        this.capitals = capitals;
        this.resolver = resolver;
    }

    /** The shipped country references and capitals, resolved through {@code resolver}. */
    public static ContextualMentions load(ActorResolver resolver) {
        return new ContextualMentions(CountryReferences.load(resolver), CapitalAgents.load(resolver), resolver);
    }

    public Widened widen(ResolvedArticle article, List<PlaceMention> places, MentionIndex index) {
        ReportCountry country = ReportCountry.of(article.annotated(), index);
        List<ActorMention> extra = new ArrayList<>();
        for (AnnotatedSentence s : article.annotated().sentences()) {
            boolean[] taken = new boolean[s.tokens().size()];
            for (ActorMention m : index.all(s.index())) {
                CountryReferences.mark(taken, m.tokenBegin(), Math.min(m.tokenEnd(), taken.length));
            }
            extra.addAll(references.find(s, country.of(s.index()), taken));
            extra.addAll(capitals.find(s, taken));
        }
        if (extra.isEmpty()) {
            return new Widened(index, List.of());
        }
        Map<String, Actor> known = new LinkedHashMap<>();
        article.actors().forEach(a -> known.put(a.id(), a));
        List<Actor> added = new ArrayList<>();
        for (ActorMention m : extra) {
            if (!known.containsKey(m.actorId())) {
                resolver.actor(m.actorId()).ifPresent(a -> {
                    known.put(a.id(), a);
                    added.add(a);
                });
            }
        }
        List<ActorMention> mentions = new ArrayList<>(article.mentions());
        mentions.addAll(extra);
        ResolvedArticle wider = new ResolvedArticle(article.annotated(), mentions, new ArrayList<>(known.values()));
        return new Widened(new MentionIndex(wider, places), added);
    }
}
