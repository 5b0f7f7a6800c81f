package org.orbat.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code orbat} as a separate JVM, with the product's heap ({@code -Xmx3g}), on the test runtime
 * classpath, so tests can bound its memory, kill it, and read its exit code and output.
 */
final class OrbatProcess {
    /** How a finished run ended. */
    record Result(int code, String out, String err) {
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private OrbatProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code orbat args...}; its output goes to files in {@code logs}. */
    static OrbatProcess start(Path logs, String... args) throws IOException {
        String classpath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
            + System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx3g", "-cp", classpath, "org.orbat.Main"));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out", ".log");
        Path err = Files.createTempFile(logs, "err", ".log");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new OrbatProcess(p, out, err);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int await() throws InterruptedException {
        return process.waitFor();
    }

    /** Waits up to {@code millis}; true when the process ended. */
    boolean awaitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, as a power cut or the OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
