package org.orbat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The relation frames' word lists, read from resources/lang/en/relation-words.tsv. */
class RelationWordsTest {

    @Test
    void readsEachListByItsName() {
        assertThat(RelationWords.of("proxy")).contains("factions", "positions");
        assertThat(RelationWords.of("light-verb")).contains("launch", "give");
        assertThat(RelationWords.of("undergoing")).contains("repel").doesNotContain("launch");
    }

    @Test
    void anUnknownListIsNamedInTheError() {
        assertThatThrownBy(() -> RelationWords.of("no-such-list"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no-such-list");
    }
}
