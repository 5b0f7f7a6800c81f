package org.orbat.nlp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.orbat.lexicon.Language;
import org.orbat.model.Article;

/**
 * The installed languages and how an article is matched to one: the language it states if a pack reads it (an
 * article stating another language is refused), else the language whose script most of its letters are written
 * in, else English. English is always installed and is the default; detection by script can only tell
 * languages apart whose scripts differ, so a second Latin-script language has to be stated.
 *
 * <p>Immutable; threads may share it.
 */
public final class LanguagePacks {
    private final Map<Language, LanguagePack> packs;

    private LanguagePacks(List<LanguagePack> packs) {
        Map<Language, LanguagePack> byLanguage = new LinkedHashMap<>();
        for (LanguagePack p : packs) {
            if (byLanguage.putIfAbsent(p.language(), p) != null) {
                throw new IllegalStateException("two language packs for '" + p.language() + "': "
                    + byLanguage.get(p.language()).getClass().getName() + " and " + p.getClass().getName());
            }
        }
        this.packs = Map.copyOf(byLanguage);
    }

    /** English and every pack listed in {@code META-INF/services/org.orbat.nlp.LanguagePack} on the class path. */
    public static LanguagePacks installed() {
        List<LanguagePack> packs = new ArrayList<>();
        packs.add(new EnglishPack());
        ServiceLoader.load(LanguagePack.class).forEach(packs::add);
        return new LanguagePacks(packs);
    }

    /** English and {@code others}. */
    public static LanguagePacks of(LanguagePack... others) {
        List<LanguagePack> packs = new ArrayList<>();
        packs.add(new EnglishPack());
        packs.addAll(List.of(others));
        return new LanguagePacks(packs);
    }

    /** The installed languages. */
    public List<Language> languages() {
        return packs.keySet().stream().sorted(java.util.Comparator.comparing(Language::code)).toList();
    }

    /** The pack that reads {@code language}. */
    public LanguagePack pack(Language language) {
        LanguagePack pack = packs.get(language);
        if (pack == null) {
            throw new UnsupportedLanguageException(language, languages());
        }
        return pack;
    }

    /** The language {@code article} is read in: as stated, else detected by script, else English. */
    public Language languageOf(Article article) {
        if (article.language() != null) {
            return pack(article.language()).language();
        }
        return detect(article.text());
    }

    /**
     * The installed language written in the script most of {@code text}'s letters are in, English when that
     * is Latin, or no installed language uses it, or several do.
     */
    Language detect(String text) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
            .forEach(c -> letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        Character.UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey).orElse(Character.UnicodeScript.LATIN);
        List<Language> writers = packs.values().stream().filter(p -> p.script() == main).map(LanguagePack::language).toList();
        return writers.size() == 1 ? writers.get(0) : Language.ENGLISH;
    }

    /**
     * A pipeline that reads each article with its language's pipeline. English's is loaded at once (most reports
     * are English, and the loading is what callers time); another's on its first article.
     */
    public NlpPipeline newPipeline(Clock clock) {
        return new PerLanguage(clock);
    }

    /** One thread's pipelines, one per language met so far. */
    private final class PerLanguage implements NlpPipeline {
        private final Clock clock;
        private final Map<Language, NlpPipeline> loaded = new LinkedHashMap<>();

        PerLanguage(Clock clock) {
            this.clock = clock;
            loaded.put(Language.ENGLISH, pack(Language.ENGLISH).newPipeline(clock));
        }

        @Override
        public AnnotatedArticle annotate(Article article) {
            Language language = languageOf(article);
            NlpPipeline nlp = loaded.computeIfAbsent(language, l -> pack(l).newPipeline(clock));
            AnnotatedArticle annotated = nlp.annotate(article.withLanguage(language));
            if (!language.equals(annotated.article().language())) {
                throw new IllegalStateException("the " + language + " pipeline returned an article in "
                    + annotated.article().language());
            }
            return annotated;
        }
    }
}
