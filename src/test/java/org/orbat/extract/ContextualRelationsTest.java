package org.orbat.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.model.Relation;
import org.orbat.model.RelationType;

/** Relations whose party only the report's context names ("the army", "Moscow"), through the real pipeline. */
class ContextualRelationsTest {

    private static boolean has(List<Relation> rs, RelationType type, String a, String b) {
        return rs.stream().anyMatch(r -> r.type() == type
            && (r.source().equals(a) && r.target().equals(b) || type.symmetric() && r.source().equals(b) && r.target().equals(a)));
    }

    @Test
    void theArmyInAReportOnSyriaIsTheSyrianArabArmy() {
        List<Relation> rs = Extraction.of("Jabhat al-Nusra launched an offensive against the army near Idlib on Monday.",
            "2015-05-01").relations();
        assertThat(has(rs, RelationType.RIVAL_OF, "nusra-front", "syrian-arab-army")).isTrue();
    }

    @Test
    void aCapitalThatActsIsItsState() {
        List<Relation> rs = Extraction.of("Moscow has been waging an air campaign in support of government forces in Aleppo.",
            "2016-09-01").relations();
        assertThat(has(rs, RelationType.SUPPORTED_BY, "syrian-arab-army", "russia")).isTrue();
    }

    @Test
    void aCapitalAsAPlaceIsNoParty() {
        List<Relation> rs = Extraction.of("Jabhat al-Nusra fighters attacked the Islamic State after talks in Moscow.",
            "2016-09-01").relations();
        assertThat(rs).noneMatch(r -> r.source().equals("russia") || r.target().equals("russia"));
    }
}
