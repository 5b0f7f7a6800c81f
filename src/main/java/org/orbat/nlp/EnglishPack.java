package org.orbat.nlp;

import java.time.Clock;
import org.orbat.lexicon.Language;

/** English, the language Orbat reads fully: Stanford CoreNLP's English models ({@link CoreNlpPipeline}). */
public final class EnglishPack implements LanguagePack {
    @Override
    public Language language() {
        return Language.ENGLISH;
    }

    @Override
    public Character.UnicodeScript script() {
        return Character.UnicodeScript.LATIN;
    }

    @Override
    public NlpPipeline newPipeline(Clock clock) {
        return new CoreNlpPipeline(clock);
    }
}
