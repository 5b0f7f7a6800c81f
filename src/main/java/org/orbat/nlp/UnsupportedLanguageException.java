package org.orbat.nlp;

import org.orbat.OrbatException;
import org.orbat.lexicon.Language;

/** A report whose stated language no installed {@link LanguagePack} reads: it is refused, not read as English. */
public final class UnsupportedLanguageException extends OrbatException {
    private static final long serialVersionUID = 1L;

    private final transient Language language;

    public UnsupportedLanguageException(Language language, java.util.Collection<Language> installed) {
        super("no language pack reads '" + language.code() + "' (installed: " + installed + ")");
        this.language = language;
    }

    public Language language() {
        return language;
    }
}
