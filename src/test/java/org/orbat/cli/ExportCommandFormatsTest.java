package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orbat.export.AcledCsvExporter;
import org.orbat.export.GexfExporter;
import org.orbat.export.GraphMlExporter;

class ExportCommandFormatsTest {

    @Test
    void offersEveryExportFormatInAStableOrder() {
        assertThat(ExportCommand.FORMATS.keySet()).containsExactly("json", "acled-csv", "geojson", "graphml", "gexf");
    }

    @Test
    void mapsEachFormatNameToItsExporter() {
        assertThat(ExportCommand.FORMATS.get("acled-csv")).isInstanceOf(AcledCsvExporter.class);
        assertThat(ExportCommand.FORMATS.get("graphml")).isInstanceOf(GraphMlExporter.class);
        assertThat(ExportCommand.FORMATS.get("gexf")).isInstanceOf(GexfExporter.class);
    }
}
