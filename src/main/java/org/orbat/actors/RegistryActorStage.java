package org.orbat.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orbat.model.Actor;
import org.orbat.model.Alias;
import org.orbat.nlp.AnnotatedArticle;
import org.orbat.nlp.AnnotatedSentence;

/**
 * The actor stage over the curated registry. Reads an article twice: the first pass finds registry
 * names ({@link SentenceScanner}), learns the aliases and abbreviations the article defines
 * ({@link AliasLearner}) and discovers groups and people the registry lacks ({@link GroupDiscoverer});
 * the second pass finds every mention with what the first taught, then attaches short forms such as
 * "the group" to the actor in context ({@link ContextAttacher}). Learned names apply to this article
 * only.
 *
 * <p>Use {@link #loadDefault()} for the shipped registry. Holds no per-article state, so one instance
 * may be shared between threads.
 */
public final class RegistryActorStage implements ActorStage {
    private final TransliterationActorResolver resolver;
    private final SentenceScanner scanner;
    private final AliasLearner learner;
    private final GroupDiscoverer discoverer;
    private final ContextAttacher context;

    public RegistryActorStage(TransliterationActorResolver resolver, SpellingTables tables) {
        this.resolver = resolver;
        this.scanner = new SentenceScanner(resolver);
        this.learner = new AliasLearner(resolver);
        this.discoverer = new GroupDiscoverer(resolver, tables);
        this.context = new ContextAttacher(resolver);
    }

    /** The stage over the shipped registry and spelling tables. */
    public static RegistryActorStage loadDefault() {
        return new RegistryActorStage(TransliterationActorResolver.loadDefault(), SpellingTables.loadDefault());
    }

    public TransliterationActorResolver resolver() {
        return resolver;
    }

    @Override
    public ResolvedArticle resolve(AnnotatedArticle article) {
        ArticleState state = new ArticleState();
        List<List<TokenView>> views = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            views.add(TokenView.of(s, resolver.normaliser()));
        }
        for (int i = 0; i < views.size(); i++) {
            AnnotatedSentence s = article.sentences().get(i);
            learner.learn(s, views.get(i), scanner.scan(s, views.get(i), state), state);
            discoverer.discover(s, views.get(i), scanner.scan(s, views.get(i), state), state);
            learner.learn(s, views.get(i), scanner.scan(s, views.get(i), state), state);
        }
        List<ActorMention> all = new ArrayList<>();
        List<ActorMention> previous = List.of();
        for (int i = 0; i < views.size(); i++) {
            AnnotatedSentence s = article.sentences().get(i);
            List<ActorMention> found = successors(scanner.scan(s, views.get(i), state), article);
            context.attach(s, views.get(i), found, previous, state);
            found.sort(Comparator.comparingInt(ActorMention::tokenBegin));
            all.addAll(found);
            previous = found;
            for (ActorMention m : found) {
                String origin = originOf(m.rule());
                if (origin != null) {
                    state.alias(m.actorId(), SentenceText.cleanSurface(m.text()), origin, s.text());
                }
            }
        }
        return new ResolvedArticle(article, all, actors(all, state));
    }

    /**
     * Mentions of an actor another has taken over by the report's date, moved to the successor
     * ("Taliban" in a 2022 report names the Military Forces of Afghanistan (2021-)); the surface stays.
     */
    private List<ActorMention> successors(List<ActorMention> found, AnnotatedArticle article) {
        if (article.article().published() == null) {
            return found;
        }
        LocalDate day = article.article().published().date();
        List<ActorMention> out = new ArrayList<>(found.size());
        for (ActorMention m : found) {
            String id = resolver.registry().successorAt(m.actorId(), day);
            out.add(id.equals(m.actorId()) ? m
                    : new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.text(), id, m.rule()));
        }
        return out;
    }

    /** The alias origin a mention's surface records, or null for rules whose surface is no name. */
    private static String originOf(String rule) {
        return switch (rule) {
            case "registry", "exact", "abbreviation" -> "seen";
            case "spelling rule", "designator" -> "spelling rule";
            case "learned" -> "learned";
            case "discovered" -> "discovered";
            default -> null;
        };
    }

    private List<Actor> actors(List<ActorMention> mentions, ArticleState state) {
        Set<String> ids = new LinkedHashSet<>();
        mentions.forEach(m -> ids.add(m.actorId()));
        List<Actor> out = new ArrayList<>();
        for (String id : ids) {
            Actor base;
            List<Alias> curated = new ArrayList<>();
            RegistryEntry entry = resolver.registry().find(id).orElse(null);
            if (entry != null) {
                base = entry.actor();
                curated.addAll(base.aliases());
                entry.abbreviations().forEach(a -> curated.add(new Alias(a, "registry", "abbreviation")));
            } else {
                base = state.discovered(id).orElseThrow(() -> new NotInRegistryException(id));
            }
            Map<String, Alias> merged = new LinkedHashMap<>();
            for (Alias a : state.aliasesOf(id)) {
                if (!a.name().equals(base.name())) {
                    merged.putIfAbsent(a.name(), a);
                }
            }
            curated.forEach(a -> merged.putIfAbsent(a.name(), a));
            out.add(new Actor(base.id(), base.name(), base.kind(), new ArrayList<>(merged.values()), base.lineage(),
                    base.discovered()));
        }
        return out;
    }
}
