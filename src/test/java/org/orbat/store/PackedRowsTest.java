package org.orbat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedRowsTest {
    @Test
    void unpacksRowsWithEmptyFieldsAsNull() {
        List<String[]> rows = PackedRows.unpack("a\u001fb\u001f\u001ec\u001f\u001fd", 3).orElseThrow();
        assertThat(rows).containsExactly(new String[] {"a", "b", null}, new String[] {"c", null, "d"});
    }

    @Test
    void answersEmptyWhenAValueHoldsASeparator() {
        assertThat(PackedRows.unpack("a\u001fb\u001fx\u001fc", 3)).isEmpty();
        assertThat(PackedRows.unpack("a\u001fb\u001ec", 2)).isEmpty();
    }

    @Test
    void scanHandsEachRowsFieldsWhereTheyLieInTheWholeValue() {
        String packed = "r-1\u001fally_of\u001e\u001fmember_of";
        List<String> seen = new java.util.ArrayList<>();
        boolean whole = PackedRows.scan(packed, 2, row -> seen.add(row.start(0) + "-" + row.end(0) + " " + row.text(0)
            + " " + packed.substring(row.start(1), row.end(1))));
        assertThat(whole).isTrue();
        assertThat(seen).containsExactly("0-3 r-1 ally_of", "12-12 null member_of");
    }

    @Test
    void scanStopsAtARowWithTooManyFields() {
        List<String> seen = new java.util.ArrayList<>();
        assertThat(PackedRows.scan("a\u001fb\u001ec\u001fd\u001fe\u001ef\u001fg", 2, row -> seen.add(row.text(0)))).isFalse();
        assertThat(seen).containsExactly("a");
    }

    @Test
    void noRowsAtAllIsAnEmptyList() {
        assertThat(PackedRows.unpack(null, 3).orElseThrow()).isEmpty();
    }
}
