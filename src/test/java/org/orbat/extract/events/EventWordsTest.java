package org.orbat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orbat.OrbatException;

class EventWordsTest {

    @Test
    void whatAForceMovesInIsNoTargetOfItsOwn() {
        // "regime helicopters struck": the helicopters are the means, unlike "IS positions"
        assertThat(EventWords.list("targets")).contains("positions", "checkpoint").doesNotContain("helicopters", "patrol");
        assertThat(EventWords.list("attacked-means")).contains("helicopters", "patrol");
    }

    @Test
    void aListTheFileLacksFailsNamingIt() {
        assertThatThrownBy(() -> EventWords.list("no-such-list")).isInstanceOf(OrbatException.class)
            .hasMessageContaining("event-words.tsv").hasMessageContaining("no-such-list");
    }
}
