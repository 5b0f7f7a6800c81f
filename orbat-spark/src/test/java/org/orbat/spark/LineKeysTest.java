package org.orbat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orbat.ingest.ArticleReader;

class LineKeysTest {
    private final ArticleReader reader = LineKeys.reader();

    @Test
    void keysLinesByTheirJsonlIdElseByLineNumber() {
        assertThat(LineKeys.key("{\"id\": 7, \"text\": \"Rebels shelled Aleppo.\"}", 3, reader)).isEqualTo("id:7");
        assertThat(LineKeys.key("{\"text\": \"Rebels shelled Aleppo.\"}", 3, reader)).isEqualTo("line:3");
        assertThat(LineKeys.key("{not json", 4, reader)).isEqualTo("line:4");
    }

    /** FA-KES repeats articles under one id with different labels: the repeat is the same document. */
    @Test
    void dropsARepeatedArticleAndRejectsADifferentTextUnderTheSameId() {
        NumberedLine first = new NumberedLine("{\"id\": \"a\", \"text\": \"Rebels shelled Aleppo.\", \"label\": 1}", 2, null);
        NumberedLine repeat = new NumberedLine("{\"id\": \"a\", \"text\": \"Rebels shelled Aleppo.\", \"label\": 0}", 9, null);
        NumberedLine clash = new NumberedLine("{\"id\": \"a\", \"text\": \"Troops entered Homs.\"}", 5, null);

        List<NumberedLine> kept = LineKeys.firstOfEach("id:a", List.of(repeat, clash, first), reader);

        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).isEqualTo(first);
        assertThat(kept.get(1).number()).isEqualTo(5);
        assertThat(kept.get(1).rejection()).isEqualTo("duplicate id a with different text (first on line 2)");
    }
}
