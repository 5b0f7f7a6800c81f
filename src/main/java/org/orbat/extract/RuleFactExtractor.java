package org.orbat.extract;

import java.util.List;
import org.orbat.actors.ActorResolver;
import org.orbat.actors.ResolvedArticle;
import org.orbat.extract.events.EventExtractor;
import org.orbat.extract.places.PlaceMention;
import org.orbat.extract.relations.Designations;
import org.orbat.extract.relations.RelationExtractor;
import org.orbat.extract.relations.SponsorCompounds;
import org.orbat.nlp.DependencyParser;

/**
 * {@link FactExtractor} built from curated cue and trigger lexicons applied around resolved actor
 * and place mentions. Thread-safe.
 */
public final class RuleFactExtractor implements FactExtractor {
    private final RelationExtractor relations;
    private final EventExtractor events;

    /** @param resolver resolves names the lexicon rules meet outside actor mentions ("US-backed") */
    public RuleFactExtractor(ActorResolver resolver) {
        Demonyms demonyms = new Demonyms(resolver);
        this.relations = new RelationExtractor(new SponsorCompounds(demonyms), new Designations(resolver),
            DependencyParser.load());
        this.events = new EventExtractor(demonyms, resolver);
    }

    @Override
    public ExtractedFacts extract(String documentId, ResolvedArticle article, List<PlaceMention> places) {
        MentionIndex index = new MentionIndex(article, places);
        EventExtractor.Result found = events.extract(documentId, article.annotated(), index);
        return new ExtractedFacts(relations.extract(documentId, article.annotated(), index), found.events(), found.actors());
    }
}
