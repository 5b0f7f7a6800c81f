package org.orbat.lexicon;

import java.util.Locale;

/**
 * A language Orbat reads, and where its words live: {@code src/main/resources/lang/<code>/}. Adding a
 * language means adding its constant and its folder; the classes that read words ask for them by language
 * instead of holding them. English is the only language the pipeline reads today.
 */
public enum Language {
    ENGLISH("en"),
    /** Arabic, for the particles of Arabic names as English-language reports romanise them. */
    ARABIC("ar");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, also the folder name. */
    public String code() {
        return code;
    }

    /** The classpath resource {@code name} of this language's folder. */
    public String resource(String name) {
        return "/lang/" + code + "/" + name;
    }

    /** The language of an ISO 639-1 code ("EN" too). */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unsupported language: " + code);
    }
}
