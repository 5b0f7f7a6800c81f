package org.orbat.pipeline;

import org.orbat.actors.ActorStage;
import org.orbat.actors.RegistryActorStage;
import org.orbat.actors.SpellingTables;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.extract.RuleFactExtractor;
import org.orbat.extract.places.GazetteerPlaceResolver;
import org.orbat.nlp.CoreNlpPipeline;

/** Wires Orbat's shipped stages: CoreNLP, the curated actor registry, the gazetteer, rule-based extraction. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The standard pipeline with {@code threads} workers. */
    public static Pipeline create(int threads) {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        return new Pipeline(CoreNlpPipeline::new, actorStage(resolver), GazetteerPlaceResolver.loadDefault(),
            new RuleFactExtractor(resolver), threads);
    }

    /** The actor stage over the shipped registry. */
    public static ActorStage actorStage(TransliterationActorResolver resolver) {
        return new RegistryActorStage(resolver, SpellingTables.loadDefault());
    }
}
