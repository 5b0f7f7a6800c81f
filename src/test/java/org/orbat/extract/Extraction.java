package org.orbat.extract;

import java.util.List;
import java.util.Optional;
import org.orbat.actors.ActorStage;
import org.orbat.actors.RegistryActorStage;
import org.orbat.actors.ResolvedArticle;
import org.orbat.actors.TransliterationActorResolver;
import org.orbat.extract.places.GazetteerPlaceResolver;
import org.orbat.extract.places.PlaceMention;
import org.orbat.model.Article;
import org.orbat.model.DateValue;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.CoreNlpPipeline;
import org.orbat.pipeline.StandardPipeline;

/**
 * The real stages (CoreNLP, registry, gazetteer, rule extraction) built once per test JVM, so
 * extraction tests check what a user would get from a sentence.
 */
final class Extraction {
    private static org.orbat.nlp.NlpPipeline nlp;
    private static ActorStage actors;
    private static GazetteerPlaceResolver places;
    private static RuleFactExtractor extractor;

    private Extraction() {
    }

    private static synchronized void load() {
        if (nlp == null) {
            TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
            nlp = new CoreNlpPipeline();
            actors = StandardPipeline.actorStage(resolver);
            places = GazetteerPlaceResolver.loadDefault();
            extractor = new RuleFactExtractor(resolver);
        }
    }

    /** The facts Orbat draws from {@code text}, published on {@code published} (YYYY-MM-DD). */
    static ExtractedFacts of(String text, String published) {
        return of(text, published, null);
    }

    /** The facts Orbat draws from {@code text}, published on {@code published} by {@code outlet} (null: none named). */
    static synchronized ExtractedFacts of(String text, String published, String outlet) {
        load();
        Article article = new Article("test.txt", null, null, outlet, null, DateValue.parse(published).orElseThrow(),
            "test", null, text);
        AnnotatedArticle annotated = nlp.annotate(article);
        ResolvedArticle resolved = actors.resolve(annotated);
        List<PlaceMention> found = places.resolve(annotated, resolved.mentions());
        return extractor.extract("doc-test", resolved, found);
    }

    /** The relation of {@code type} in {@code rs} from {@code a} to {@code b} (either way for a symmetric type), if any. */
    static Optional<Relation> find(List<Relation> rs, RelationType type, String a, String b) {
        return rs.stream().filter(r -> r.type() == type
            && (r.source().equals(a) && r.target().equals(b) || type.symmetric() && r.source().equals(b) && r.target().equals(a)))
            .findFirst();
    }

    /** Whether {@code rs} holds a relation of {@code type} from {@code a} to {@code b} (either way for a symmetric type). */
    static boolean has(List<Relation> rs, RelationType type, String a, String b) {
        return find(rs, type, a, b).isPresent();
    }
}
