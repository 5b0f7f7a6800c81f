package org.orbat.nlp;

import java.time.Clock;
import org.orbat.lexicon.Language;

/**
 * Everything Orbat needs to read one language, behind one seam: the language (whose words the stages read from
 * {@code lang/<code>/} through {@link org.orbat.lexicon.WordTable}, {@link org.orbat.lexicon.CalendarNames} and
 * the lexicons keyed by {@link Language}), the script its text is written in (for detecting it), and its NLP
 * pipeline. Adding a language is adding its folder and a pack, listed in
 * {@code META-INF/services/org.orbat.nlp.LanguagePack} so {@link LanguagePacks#installed()} finds it; no stage is
 * edited. A pack on CoreNLP would set CoreNLP's models for its language (CoreNLP ships Arabic, Chinese, French,
 * German and Spanish ones) the way {@link EnglishPack} sets the English ones.
 *
 * <p>Implementations are stateless and need a public no-argument constructor (ServiceLoader makes them).
 */
public interface LanguagePack {
    /** The language this pack reads; its code names its word folder. */
    Language language();

    /** The script its text is written in, by which a report that states no language is recognised. */
    Character.UnicodeScript script();

    /**
     * A new NLP pipeline for the language, anchoring relative dates of undated articles to {@code clock}'s today.
     * It may take seconds and much memory to load; it need not be safe to share between threads.
     */
    NlpPipeline newPipeline(Clock clock);
}
