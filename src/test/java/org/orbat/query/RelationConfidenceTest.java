package org.orbat.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orbat.model.RelationType;

class RelationConfidenceTest {
    @Test
    void aTypeTakesItsOwnShareAndAnUnseenTypeTheOverallOne() {
        RelationConfidence c = new RelationConfidence(Map.of("default", 0.9, "rival_of", 0.8));
        assertThat(c.of(RelationType.RIVAL_OF)).isEqualTo(0.8);
        assertThat(c.of(RelationType.ALLY_OF)).isEqualTo(0.9);
    }

    @Test
    void theShippedTableGivesEveryTypeAProbability() {
        RelationConfidence shipped = RelationConfidence.load();
        for (RelationType t : RelationType.values()) {
            assertThat(shipped.of(t)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aTableWithoutItsDefaultIsRefused() {
        assertThatThrownBy(() -> new RelationConfidence(Map.of("rival_of", 0.8))).hasMessageContaining("default");
    }
}
