package org.orbat.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void sponsorParticiplesAreSplitIntoBackingAndTheKindsOfAlignment() {
        WordTable participles = WordTable.of(Language.ENGLISH, "sponsor-participles.tsv");
        assertThat(participles.words("backing")).contains("backed", "funded").doesNotContain("allied");
        assertThat(participles.words("ally")).contains("allied", "aligned").doesNotContain("backed", "affiliated");
        assertThat(participles.words("affiliation")).contains("affiliated", "linked");
        assertThat(participles.words("dominance")).containsExactly("dominated");
        assertThat(participles.all()).containsAll(participles.words("backing")).containsAll(participles.words("ally"));
    }

    @Test
    void arabicArticlesKeepTheirKinds() {
        WordTable articles = WordTable.of(Language.ARABIC, "articles.tsv");
        assertThat(articles.words("definite")).contains("al", "el");
        assertThat(articles.words("assimilated")).contains("ash", "ar", "ad");
        assertThat(articles.words("medial")).contains("ud", "ul");
    }

    @Test
    void anUnknownKindIsAnErrorNamingTheFile() {
        WordTable articles = WordTable.of(Language.ARABIC, "articles.tsv");
        assertThatThrownBy(() -> articles.words("plural")).hasMessageContaining("/lang/ar/articles.tsv").hasMessageContaining("plural");
    }

    @Test
    void alternationTriesLongerWordsFirst() {
        Pattern p = Pattern.compile("(" + WordTable.alternation(Set.of("as", "ash")) + ")-.*");
        var m = p.matcher("ash-Sham");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("ash");
        assertThat(WordTable.alternation(Set.of("as", "ash", "al"))).isEqualTo("ash|al|as");
    }
}
