package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.query.SyrianFixture;

/** {@code orbat export -o FILE}: the file is made as any other file the user creates, and nothing is left beside it. */
class ExportCommandFileTest {
    @TempDir
    Path dir;

    @Test
    void exportFileGetsThePermissionsTheUmaskGivesANewFile() throws Exception {
        SyrianFixture.create(dir.resolve("kb.db")).close();
        Path probe = Files.createFile(dir.resolve("probe"));
        Path csv = dir.resolve("events.csv");
        StringWriter err = new StringWriter();
        int exit = OrbatCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
            "export", "--db", dir.resolve("kb.db").toString(), "--format", "acled-csv", "-o", csv.toString());
        assertThat(exit).as(err.toString()).isZero();
        // Guards issue 14: exports were 0600 whatever the umask (Files.createTempFile's mode).
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(Files.getPosixFilePermissions(probe));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kb.db", "probe", "events.csv");
        }
    }
}
