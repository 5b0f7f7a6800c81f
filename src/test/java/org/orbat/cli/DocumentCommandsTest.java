package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.SyrianFixture;

/** {@code orbat documents} and {@code orbat document ID}: every document id a result cites leads to its file and facts. */
class DocumentCommandsTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createKnowledgeBase() {
        SyrianFixture.create(dir.resolve("kb.db")).close();
    }

    int run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = dir.resolve("kb.db").toString();
        return OrbatCommand.run(new PrintWriter(out), new PrintWriter(err), withDb);
    }

    @Test
    void documentsListsEachDocumentNewestFirstWithFileTitleOutletDateAndFactCounts() {
        assertThat(run("documents")).isEqualTo(OrbatCommand.OK);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).containsPattern("ID\\s+SOURCE\\s+TITLE\\s+OUTLET\\s+PUBLISHED\\s+RELATIONS\\s+EVENTS");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).containsPattern("doc-3\\s+doc-3\\.txt\\s+Hazm counts its dead\\s+The New Arab\\s+2015-03-02\\s+0\\s+0");
        assertThat(lines[2]).containsPattern("doc-2\\s+doc-2\\.txt\\s+Nusra crushes Hazm\\s+The New Arab\\s+2015-03-01\\s+2\\s+2");
        assertThat(lines[3]).startsWith("doc-1");
    }

    @Test
    void documentsAsJsonLinesCarryThePath() throws Exception {
        assertThat(run("documents", "--json")).isEqualTo(OrbatCommand.OK);
        JsonNode first = new ObjectMapper().readTree(out.toString().split("\n")[0]);
        assertThat(first.get("path").asText()).isEqualTo("/seeds/doc-3.txt");
        assertThat(first.get("published").asText()).isEqualTo("2015-03-02");
    }

    @Test
    void documentShowsItsSourceAndTheRelationsAndEventsReadFromIt() {
        assertThat(run("document", "doc-2")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("doc-2: Nusra crushes Hazm", "file: /seeds/doc-2.txt",
                "outlet: The New Arab; published: 2015-03-01", "Relations (2):", "Events (2):")
            .containsPattern("rival_of\\s+Al-Nusra Front\\s+Hazm Movement\\s+2015-03")
            .containsPattern("member_of\\s+Hazm Movement\\s+Levant Front\\s+2015-01")
            .containsPattern("doc-2-e0\\s+2015-02-28/2015-03-01\\s+battle");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void documentIsFoundByItsFileName() {
        assertThat(run("document", "doc-1.txt", "--json")).isEqualTo(OrbatCommand.OK);
        assertThat(out.toString()).contains("\"id\":\"doc-1\"", "\"title\":\"Rebels unite\"");
    }

    @Test
    void unknownDocumentIsOneLineOnStderrAndExitOne() {
        assertThat(run("document", "doc-9")).isEqualTo(OrbatCommand.FAILED);
        assertThat(err.toString().strip()).isEqualTo("orbat: unknown document 'doc-9' (try 'orbat documents')");
        assertThat(out.toString()).isEmpty();
    }
}
