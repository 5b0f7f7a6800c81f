package org.orbat.lexicon;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language Orbat may read, named by its ISO 639 code, and where its words live:
 * {@code src/main/resources/lang/<code>/}. A value, not an enum, so that a language is added by adding its
 * folder and its {@code nlp.LanguagePack} (a test adds a made-up one) without editing this class or any stage
 * that reads words: those ask for them by language instead of holding them. English is the only language the
 * pipeline reads fully today.
 *
 * @param code the ISO 639-1 (or, for languages without one, 639-2) code, lower case; also the folder name
 */
public record Language(String code) {
    // Before the constants, which it checks.
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    /** English: the language the shipped pipeline reads. */
    public static final Language ENGLISH = new Language("en");
    /** Arabic, for the particles of Arabic names as English-language reports romanise them. */
    public static final Language ARABIC = new Language("ar");

    public Language {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a language code (ISO 639, two or three letters): " + code);
        }
    }

    /** The classpath resource {@code name} of this language's folder. */
    public String resource(String name) {
        return "/lang/" + code + "/" + name;
    }

    /** The language of an ISO 639 code, in any case and with surrounding blanks ("EN" too). */
    public static Language fromCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("Not a language code (ISO 639, two or three letters): null");
        }
        return new Language(code.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
