package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GazetteerCommandTest {
    @Test
    void lookupPutsTheNamesakeInTheArticlesCountryFirst() {
        StringWriter out = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
            "gazetteer", "lookup", "Nawa", "--country", "AF");
        assertThat(code).isEqualTo(OrbatCommand.OK);
        String first = out.toString().lines().findFirst().orElseThrow();
        assertThat(first).contains("AF").contains("Ghazni").contains("in the article's country");
        assertThat(out.toString()).contains("outside the article's country");
    }

    @Test
    void lookupOfAnUnknownNameFails() {
        StringWriter out = new StringWriter();
        int code = OrbatCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
            "gazetteer", "lookup", "Qqxzzy");
        assertThat(code).isEqualTo(OrbatCommand.FAILED);
        assertThat(out.toString()).contains("No place named 'Qqxzzy'");
    }
}
