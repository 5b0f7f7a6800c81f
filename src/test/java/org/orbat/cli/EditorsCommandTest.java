package org.orbat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orbat.cli.IngestCommandTest.Run;
import org.orbat.http.Editors;

/** {@code orbat editors add}: an editor whose password signs in, never stored in the clear; weak passwords refused. */
class EditorsCommandTest {
    @TempDir
    Path dir;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private Run add(String name, String password, Path file) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return IngestCommandTest.run("editors", "add", name, "--file", file.toString());
    }

    @Test
    void anAddedEditorSignsInWithThatPasswordOnly() throws Exception {
        Path file = dir.resolve("editors.txt");
        assertThat(add("ana", "long enough secret", file).code()).isZero();
        assertThat(Files.readString(file)).startsWith("ana:pbkdf2-sha256:").doesNotContain("long enough secret");
        Editors editors = Editors.load(file, Clock.systemUTC());
        assertThat(editors.signIn("ana", "long enough secret".toCharArray())).isPresent();
        assertThat(editors.signIn("ana", "wrong".toCharArray())).isEmpty();
        assertThat(editors.signIn("bob", "long enough secret".toCharArray())).isEmpty();
    }

    @Test
    void aShortPasswordOrATakenNameIsRefusedInOneLine() {
        Path file = dir.resolve("editors.txt");
        Run weak = add("ana", "short", file);
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err().strip().lines()).singleElement().asString().contains("at least 8 characters");
        assertThat(add("ana", "long enough secret", file).code()).isZero();
        assertThat(add("ana", "another long secret", file).err()).contains("editor ana is already listed");
    }
}
