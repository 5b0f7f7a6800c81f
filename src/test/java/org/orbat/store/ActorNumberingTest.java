package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorNumberingTest {
    @Test
    void numbersIdsInTheOrderGivenAndFindsThemWhereTheyLie() {
        ActorNumbering numbering = ActorNumbering.of(List.of("levant-front", "hazm-movement", "al-nusra-front"));
        String packed = "r-1\u001fally_of\u001fhazm-movement\u001fal-nusra-front";
        assertThat(numbering.find(packed, 12, 25)).isEqualTo(1);
        assertThat(numbering.find(packed, 26, packed.length())).isEqualTo(2);
        assertThat(numbering.find(packed, 12, 24)).as("a prefix of an id").isEqualTo(-1);
        assertThat(numbering.find(packed, 0, 3)).isEqualTo(-1);
        assertThat(numbering.id(0)).isEqualTo("levant-front");
        assertThat(numbering.size()).isEqualTo(3);
    }

    @Test
    void aGrowingNumberingKeepsEveryNumberAsItGrows() {
        ActorNumbering numbering = ActorNumbering.growing();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "a-" + i;
            ids.add(id);
            assertThat(numbering.add("x" + id + "y", 1, id.length() + 1)).isEqualTo(i);
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(numbering.find(ids.get(i), 0, ids.get(i).length())).isEqualTo(i);
            assertThat(numbering.id(i)).isEqualTo(ids.get(i));
        }
    }

    @Test
    void refusesAnIdGivenTwiceNamingIt() {
        assertThatThrownBy(() -> ActorNumbering.of(List.of("a", "b", "a")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }

    @Test
    void idsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" share String.hashCode().
        ActorNumbering numbering = ActorNumbering.of(List.of("Aa", "BB"));
        assertThat(numbering.find("BB", 0, 2)).isEqualTo(1);
        assertThat(numbering.find("Aa", 0, 2)).isEqualTo(0);
    }
}
