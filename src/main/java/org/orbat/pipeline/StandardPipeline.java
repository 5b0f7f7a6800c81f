package org.orbat.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.orbat.actors.ActorStage;
import org.orbat.actors.RegistryActorStage;
import org.orbat.actors.SpellingTables;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.extract.RuleFactExtractor;
import org.orbat.extract.places.Gazetteer;
import org.orbat.extract.places.GazetteerPlace;
import org.orbat.extract.places.GazetteerPlaceResolver;
import org.orbat.nlp.LanguagePacks;
import org.orbat.nlp.NlpPipeline;

/**
 * Wires Orbat's shipped stages: each installed language's NLP (CoreNLP for English), the curated actor registry, the gazetteer, rule-based
 * extraction (which parses the few sentences it reads relations from).
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The standard pipeline with {@code threads} workers. */
    public static Pipeline create(int threads) {
        return create(newNlp(), threads);
    }

    /**
     * The standard pipeline with {@code threads} workers whose gazetteer also holds {@code imported} places (a
     * knowledge base's {@code orbat gazetteer import} lists).
     */
    public static Pipeline create(int threads, List<GazetteerPlace> imported) {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        return new Pipeline(newNlp(), actorStage(resolver),
            new GazetteerPlaceResolver(Gazetteer.loadDefaultWith(imported)), new RuleFactExtractor(resolver), threads);
    }

    /**
     * The standard stages after NLP, with NLP pipelines from {@code nlp} (called once per worker
     * thread); the benchmark uses it to hand out pre-loaded, token-counting CoreNLP instances.
     */
    public static Pipeline create(Supplier<NlpPipeline> nlp, int threads) {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        return new Pipeline(nlp, actorStage(resolver), GazetteerPlaceResolver.loadDefault(),
            new RuleFactExtractor(resolver), threads);
    }

    /**
     * NLP pipelines for every installed language ({@link LanguagePacks#installed()}), each article read with its
     * own language's.
     */
    private static Supplier<NlpPipeline> newNlp() {
        LanguagePacks packs = LanguagePacks.installed();
        return () -> packs.newPipeline(Clock.systemUTC());
    }

    /** The actor stage over the shipped registry. */
    public static ActorStage actorStage(TransliterationActorResolver resolver) {
        return new RegistryActorStage(resolver, SpellingTables.loadDefault());
    }
}
