package org.orbat.lexicon;

import java.util.Set;

/**
 * The Arabic definite article as English-language reports romanise it ({@code al}, {@code el}, ...), for rules
 * that ask whether a word is the article or opens with it ("al-Nusra", "el-Bab"). Its forms are read from
 * {@code lang/ar/articles.tsv}, the one list of them; this class holds none. Stateless.
 */
public final class ArabicArticle {
    private static final Set<String> DEFINITE = WordTable.of(Language.ARABIC, "articles.tsv").words("definite");

    private ArabicArticle() {
    }

    /** Whether the lower-case {@code word} is the definite article standing alone ("al" in "Jabhat al Nusra"). */
    public static boolean is(String word) {
        return DEFINITE.contains(word);
    }

    /** Whether the lower-case {@code word} is the definite article, a hyphen and more ("al-nusra", "el-bab"). */
    public static boolean opens(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && DEFINITE.contains(word.substring(0, hyphen));
    }
}
