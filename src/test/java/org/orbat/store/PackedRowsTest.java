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
    void noRowsAtAllIsAnEmptyList() {
        assertThat(PackedRows.unpack(null, 3).orElseThrow()).isEmpty();
    }
}
