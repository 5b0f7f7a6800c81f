package org.orbat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph exports open where analysts work: NetworkX ({@code python3-networkx} on Debian, which
 * {@code scripts/install-test-deps.sh} installs) reads both files with its default readers, as an analyst
 * would call them. Guards issue 14: GraphML failed with "directed=false edge found in directed graph",
 * GEXF 1.3 with "No &lt;graph&gt; element". Skipped when python3 or NetworkX is missing, failed then when
 * {@code CI} is set.
 */
class NetworkxReadsGraphExportsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void needsNetworkx() throws Exception {
        String missing;
        try {
            Result probe = python("import networkx");
            missing = probe.exit() == 0 ? null : "python3 has no networkx module (" + probe.output().strip() + ")";
        } catch (IOException e) {
            missing = "no python3 on the PATH";
        }
        if (missing != null) {
            if (System.getenv("CI") != null) {
                fail("CI is set and NetworkX cannot be run: " + missing);
            }
            assumeTrue(false, "skipped: " + missing + "; install Debian's python3-networkx");
        }
    }

    @Test
    void networkxReadsTheGraphMlExportWithEveryActorAndFact() throws Exception {
        Path file = write(new GraphMlExporter(), "kb.graphml");
        Result read = python("import networkx as nx, sys\n"
            + "g = nx.read_graphml(sys.argv[1])\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n"
            + "print(sorted(d['type'] + ':' + str(d['symmetric']) for _, _, d in g.edges(data=True)))\n"
            + "print(g.nodes['a-odd']['label'])", file.toString());
        assertThat(read.exit()).as(read.output()).isZero();
        assertThat(read.output().lines().toList()).containsExactly("6 3 True",
            "['ally_of:True', 'member_of:False', 'rival_of:True']", ExportFixtures.ODD_NAME);
    }

    @Test
    void networkxReadsTheGexfExportWithItsTimelineAndMutualEdges() throws Exception {
        Path file = write(new GexfExporter(), "kb.gexf");
        Result read = python("import networkx as nx, sys\n"
            + "g = nx.read_gexf(sys.argv[1])\n"
            + "print(g.number_of_nodes(), g.graph['mode'])\n"
            + "print(sorted((u, v, d['label'], d.get('start'), d.get('end')) for u, v, d in g.edges(data=True)))",
            file.toString());
        assertThat(read.exit()).as(read.output()).isZero();
        assertThat(read.output().lines().toList()).containsExactly("6 dynamic",
            "[('a-hazm', 'a-levant', 'member_of', '2015-01-01', None), "
                + "('a-hazm', 'a-nusra', 'rival_of', '2014-11-01', '2015-03-31'), "
                + "('a-nusra', 'a-hazm', 'rival_of', '2014-11-01', '2015-03-31'), "
                + "('a-nusra', 'a-odd', 'ally_of', None, None), ('a-odd', 'a-nusra', 'ally_of', None, None)]");
    }

    private static Path write(Exporter exporter, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(ExportFixtures.snapshot(), out);
        }
        return file;
    }

    private record Result(int exit, String output) {
    }

    private static Result python(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("python3 did not finish within 60 s: " + script);
        }
        return new Result(process.exitValue(), output);
    }
}
