package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.DateValue;
import org.orbat.model.RelationType;

class RelationTableTest {
    private static final DateValue MARCH_2015 = DateValue.month(2015, 3);

    @Test
    void numbersKnownActorsAsTheNumberingDoesAndOthersAfterThemAsFirstMet() {
        ActorNumbering known = ActorNumbering.of(List.of("levant-front", "hazm-movement"));
        RelationTable table = new RelationTable.Builder(2, known)
            .add("r-1", RelationType.MEMBER_OF, "hazm-movement", "levant-front", MARCH_2015, null)
            .add("r-2", RelationType.RIVAL_OF, "al-nusra-front", "hazm-movement", null, MARCH_2015)
            .build();
        assertThat(table.source(0)).isEqualTo(1);
        assertThat(table.target(0)).isEqualTo(0);
        assertThat(table.source(1)).isEqualTo(2);
        assertThat(table.actorCount()).isEqualTo(3);
        assertThat(table.actorId(2)).isEqualTo("al-nusra-front");
        assertThat(table.numberedWithin(known)).isFalse();
        assertThat(table.head(1).numberedWithin(known)).as("the head shares the numbering of others").isFalse();
    }

    @Test
    void aTableOfKnownActorsOnlyIsNumberedWithinItsNumbering() {
        ActorNumbering known = ActorNumbering.of(List.of("levant-front", "hazm-movement"));
        RelationTable table = new RelationTable.Builder(1, known)
            .add("r-1", RelationType.MEMBER_OF, "hazm-movement", "levant-front", MARCH_2015, null).build();
        assertThat(table.numberedWithin(known)).isTrue();
        assertThat(table.numberedWithin(ActorNumbering.of(List.of("levant-front", "hazm-movement")))).isFalse();
    }

    @Test
    void selectingRowsKeepsTheirValuesAndActorNumbers() {
        RelationTable table = RelationTable.of(List.of(
            new RelationRecord("r-1", "d", RelationType.ALLY_OF, "a", "b", MARCH_2015, null),
            new RelationRecord("r-2", "d", RelationType.RIVAL_OF, "b", "c", null, MARCH_2015)));
        RelationTable second = table.select(new int[] {1});
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.id(0)).isEqualTo("r-2");
        assertThat(second.type(0)).isEqualTo(RelationType.RIVAL_OF);
        assertThat(second.actorId(second.source(0))).isEqualTo("b");
        assertThat(second.start(0)).isNull();
        assertThat(second.end(0)).isEqualTo(MARCH_2015);
    }
}
