package org.orbat.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.orbat.lexicon.Language;
import org.orbat.lexicon.WordTable;

/**
 * The curated word lists behind name normalisation, read from {@code actors/spelling.json}:
 * transliteration families, articles (the Arabic article's forms from {@code lang/ar/articles.tsv}), generic designators ("Movement", "Harakat") and
 * generic words that never make a name distinctive on their own.
 *
 * @param families canonical spelling to its variants
 * @param articles article forms dropped from keys ({@code al}, {@code el}, {@code ud}, {@code the})
 * @param assimilatedArticles sun-letter and medial forms of {@code al-} ({@code ad-}, {@code ash-}, {@code ul-}), dropped
 *     only when hyphenated
 * @param connectors the Arabic "and" forms ({@code wa}, {@code wal}), dropped from keys
 * @param leadingDesignators designators that open a name ({@code Harakat Hazm})
 * @param trailingDesignators designators that close a name ({@code Hazm Movement})
 * @param generic words that never make a name distinctive ({@code Islamic}, {@code Syrian})
 * @param armedHeads Arabic head words of armed-group names, for discovery ({@code Liwa}, {@code Jaysh})
 * @param armedTails English tail words of armed-group names, for discovery ({@code Brigade})
 * @param personRoles words that tie a person to a group in a sentence ({@code commander})
 * @param distinct words kept as spelt in keys because the vowel rules would fold two different names into one
 *     ({@code Nigerien} of Niger and {@code Nigerian} of Nigeria)
 */
public record SpellingTables(Map<String, List<String>> families, List<String> articles,
                             List<String> assimilatedArticles, List<String> connectors,
                             List<String> leadingDesignators, List<String> trailingDesignators,
                             List<String> generic, List<String> armedHeads, List<String> armedTails,
                             List<String> personRoles, List<String> distinct) {

    private static final String RESOURCE = "/actors/spelling.json";

    public SpellingTables {
        families = Map.copyOf(families);
        articles = List.copyOf(Objects.requireNonNullElse(articles, List.of()));
        assimilatedArticles = List.copyOf(Objects.requireNonNullElse(assimilatedArticles, List.of()));
        connectors = List.copyOf(connectors);
        leadingDesignators = List.copyOf(leadingDesignators);
        trailingDesignators = List.copyOf(trailingDesignators);
        generic = List.copyOf(generic);
        armedHeads = List.copyOf(armedHeads);
        armedTails = List.copyOf(armedTails);
        personRoles = List.copyOf(personRoles);
        distinct = List.copyOf(Objects.requireNonNullElse(distinct, List.of()));
    }

    /** The tables shipped in {@code actors/spelling.json}. */
    public static SpellingTables loadDefault() {
        try (InputStream in = SpellingTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidRegistryException(RESOURCE, "resource not found on the class path");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, SpellingTables.class).withArabicArticles(WordTable.of(Language.ARABIC, "articles.tsv"));
        } catch (IOException e) {
            throw new InvalidRegistryException(RESOURCE, e.getMessage());
        }
    }

    /**
     * These tables with the Arabic article's forms added from {@code forms}, the one list of them: the article
     * itself, elided or medial, dropped wherever it stands; its sun-letter and medial forms dropped when hyphenated.
     */
    SpellingTables withArabicArticles(WordTable forms) {
        List<String> standalone = Stream.concat(forms.words("definite", "elided", "medial").stream().sorted(), articles.stream())
            .distinct().toList();
        List<String> hyphenated = Stream.concat(assimilatedArticles.stream(),
            forms.words("assimilated", "medial", "medial-assimilated").stream().sorted()).distinct().toList();
        return new SpellingTables(families, standalone, hyphenated, connectors, leadingDesignators, trailingDesignators,
            generic, armedHeads, armedTails, personRoles, distinct);
    }
}
