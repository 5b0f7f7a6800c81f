package org.orbat.ingest;

import java.util.Locale;
import java.util.Optional;
import org.orbat.lexicon.Language;

/**
 * Reads the language a source states for a report (a JSONL {@code language} field) as feeds write it: an ISO
 * 639-1 or 639-2 code, with or without a region ("en", "EN", "en-GB", "eng", "ara"), or the language's English
 * name ("English", "Arabic"). The names and codes are Java's ISO 639 tables, so no language is listed here.
 */
final class LanguageNames {
    private LanguageNames() {
    }

    /**
     * The language {@code value} names.
     *
     * @throws UnreadableArticleException naming {@code source} when it names no ISO 639 language
     */
    static Language parse(String value, String source) {
        return find(value).orElseThrow(() -> new UnreadableArticleException(source,
            "field language must be an ISO 639 code or an English language name, not '" + value + "'"));
    }

    static Optional<Language> find(String value) {
        String bare = value.strip().toLowerCase(Locale.ROOT);
        // "en-GB", "en_US": the region does not change which words and models read the text
        int region = bare.indexOf('-') >= 0 ? bare.indexOf('-') : bare.indexOf('_');
        String primary = region > 0 ? bare.substring(0, region) : bare;
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            if (code.equals(primary) || locale.getISO3Language().equals(primary)
                    || locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(bare)) {
                return Optional.of(new Language(code));
            }
        }
        // A three-letter code Java does not list (ISO 639-2's "qaa"-"qtz" are reserved for local use) names itself.
        return primary.matches("[a-z]{3}") ? Optional.of(new Language(primary)) : Optional.empty();
    }
}
