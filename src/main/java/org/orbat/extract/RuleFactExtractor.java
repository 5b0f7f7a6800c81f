package org.orbat.extract;

import java.util.ArrayList;
import java.util.List;
import org.orbat.actors.ActorResolver;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.events.EventExtractor;
import org.orbat.extract.places.PlaceMention;
import org.orbat.extract.references.ContextualMentions;
import org.orbat.extract.relations.Designations;
import org.orbat.extract.relations.RelationExtractor;
import org.orbat.extract.relations.SponsorCompounds;
import org.orbat.model.Actor;
import org.orbat.nlp.DependencyParser;

/**
 * {@link FactExtractor} built from curated cue and trigger lexicons applied around resolved actor
 * and place mentions. Thread-safe.
 */
public final class RuleFactExtractor implements FactExtractor {
    private final RelationExtractor relations;
    private final EventExtractor events;
    private final ContextualMentions context;

    /** @param resolver resolves names the lexicon rules meet outside actor mentions ("US-backed") */
    public RuleFactExtractor(ActorResolver resolver) {
        Demonyms demonyms = new Demonyms(resolver);
        this.relations = new RelationExtractor(new SponsorCompounds(demonyms), new Designations(resolver),
            DependencyParser.load());
        this.events = new EventExtractor(demonyms, resolver);
        this.context = ContextualMentions.load(resolver);
    }

    @Override
    public ExtractedFacts extract(String documentId, ResolvedArticle article, List<PlaceMention> places) {
        MentionIndex index = new MentionIndex(article, places);
        EventExtractor.Result found = events.extract(documentId, article.annotated(), index);
        // relations also read the parties only context names ("the regime", "Moscow backed")
        ContextualMentions.Widened wider = context.widen(article, places, index);
        List<Actor> actors = new ArrayList<>(found.actors());
        wider.actors().stream().filter(a -> actors.stream().noneMatch(x -> x.id().equals(a.id()))).forEach(actors::add);
        return new ExtractedFacts(relations.extract(documentId, article.annotated(), wider.index()), found.events(), actors);
    }
}
