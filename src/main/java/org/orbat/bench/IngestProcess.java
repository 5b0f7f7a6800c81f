package org.orbat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.orbat.OrbatException;
import org.orbat.store.JdbcKnowledgeBase;

/**
 * {@code orbat ingest} in a process of its own, started from this JVM's own class path, as an operator runs it next to
 * {@code orbat serve}: one worker thread, at a CPU priority of its own ({@code nice -n}), its output in a log file. A
 * process, not a thread of the server's JVM, because Linux gives CPU priority per process thread and Java cannot set
 * it: only a separate process can yield the cores to the server's readers.
 */
final class IngestProcess {
    private final Process process;
    private final Path log;

    private IngestProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the ingest of {@code paths} into {@code database}.
     *
     * @param nice 0 (the server's priority) to 19 (only what the server leaves)
     */
    static IngestProcess start(List<Path> paths, String database, int nice) throws IOException {
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("Ingest nice must be 0-19, got " + nice);
        }
        List<String> command = new ArrayList<>();
        if (nice > 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(nice)));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
            "-cp", System.getProperty("java.class.path"), "org.orbat.Main", "ingest", "--threads", "1", "--db", database));
        paths.forEach(p -> command.add(p.toString()));
        Path log = Files.createTempFile("orbat-bench-serve-ingest", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new IngestProcess(process, log);
    }

    /** Waits until the knowledge base holds more than {@code before} documents: the ingest has loaded and writes. */
    void awaitFirstStored(JdbcKnowledgeBase kb, long before, Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (kb.counts().get("documents") <= before) {
            if (!process.isAlive()) {
                throw new OrbatException("the ingest stopped (exit " + process.exitValue() + ") before storing an article: "
                    + lastLine());
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new OrbatException("the ingest stored no article in " + limit.toMinutes() + " min; its output: " + log);
            }
            Thread.sleep(250);
        }
    }

    /** Stops the ingest (its open transaction rolls back) and removes its log. */
    void stop() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }

    private String lastLine() throws IOException {
        List<String> lines = Files.readAllLines(log);
        Files.deleteIfExists(log);
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
