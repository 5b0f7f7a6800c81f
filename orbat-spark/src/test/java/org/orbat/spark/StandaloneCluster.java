package org.orbat.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Spark standalone cluster on this machine, on loopback only: a master and workers, each a JVM of
 * its own started from the jars on the test class path (Spark's own among them, so nothing is
 * downloaded), laid out as a Spark installation's {@code jars/} folder so the workers can start
 * executors as they do on a real cluster. Workers start executor JVMs as their child processes, and
 * {@link #submit} starts a driver with {@code org.apache.spark.deploy.SparkSubmit}, as
 * {@code spark-submit} does. Every process logs to a file under the cluster's folder; {@link #close}
 * ends every process it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path sparkHome;
    private final List<String> javaOptions;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final int masterPort;

    private StandaloneCluster(Path home, Path sparkHome, List<String> javaOptions, int masterPort) {
        this.home = home;
        this.sparkHome = sparkHome;
        this.javaOptions = javaOptions;
        this.masterPort = masterPort;
    }

    /**
     * Starts a master and {@code workers} workers of {@code cores} cores and {@code memory} each, and waits until
     * every worker has registered.
     *
     * @param home the folder for the cluster's Spark home, work folders and logs
     * @param sparkJars the jars of a Spark installation (Spark and its dependencies)
     * @param javaOptions JVM options for Spark's processes on Java 17 ({@code --add-opens ...})
     */
    static StandaloneCluster start(Path home, List<Path> sparkJars, List<String> javaOptions, int workers, int cores,
                                   String memory) throws IOException {
        Path sparkHome = home.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        for (Path jar : sparkJars) {
            Path link = sparkHome.resolve("jars").resolve(jar.getFileName());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        StandaloneCluster cluster = new StandaloneCluster(home, sparkHome, javaOptions, freePort());
        try {
            Path masterLog = home.resolve("master.log");
            cluster.daemon(masterLog, "-Xmx512m", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(freePort()));
            awaitLine(cluster.processes.get(0), masterLog, line -> line.contains("I have been elected leader"));
            for (int i = 1; i <= workers; i++) {
                Path work = Files.createDirectories(home.resolve("worker-" + i));
                Path log = home.resolve("worker-" + i + ".log");
                Process worker = cluster.daemon(log, "-Xmx512m", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--webui-port", String.valueOf(freePort()), "--cores", String.valueOf(cores), "--memory", memory,
                    "--work-dir", work.toString(), cluster.masterUrl());
                cluster.workers.add(worker);
            }
            for (int i = 0; i < workers; i++) {
                awaitLine(cluster.workers.get(i), home.resolve("worker-" + (i + 1) + ".log"),
                    line -> line.contains("Successfully registered with master"));
            }
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The worker JVMs, in the order started. */
    List<Process> workers() {
        return List.copyOf(workers);
    }

    /**
     * Starts a driver in client mode, as {@code spark-submit --master URL --deploy-mode client} does: {@code conf}
     * are its {@code --conf}s, {@code jars} go to the executors with {@code --jars}, the job's jar and arguments last.
     * Its output goes to {@code log}.
     */
    Process submit(Path log, String driverMemory, Map<String, String> conf, List<Path> jars, Path jobJar, String mainClass,
                   List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("-Xmx" + driverMemory, "org.apache.spark.deploy.SparkSubmit",
            "--master", masterUrl(), "--deploy-mode", "client", "--class", mainClass));
        conf.forEach((k, v) -> command.addAll(List.of("--conf", k + "=" + v)));
        command.addAll(List.of("--jars", String.join(",", jars.stream().map(Path::toString).toList())));
        command.add(jobJar.toString());
        command.addAll(args);
        return java(log, command);
    }

    private Process daemon(Path log, String... args) throws IOException {
        return java(log, Arrays.asList(args));
    }

    private Process java(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        // A source build's Scala version is read from its folders; an installation states it.
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", home.resolve("local").toString());
        env.remove("SPARK_CONF_DIR");
        Process p = pb.start();
        synchronized (processes) {
            processes.add(p);
        }
        return p;
    }

    /** Waits until {@code log} has a line that {@code done} accepts; fails if the process ends first or it takes too long. */
    static void awaitLine(Process process, Path log, Predicate<String> done) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readAllLines(log, StandardCharsets.UTF_8).stream().anyMatch(done)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("process ended with " + process.exitValue() + " before it was ready: see " + log);
            }
            sleep(200);
        }
        throw new IllegalStateException("not ready after " + START_TIMEOUT + ": see " + log);
    }

    /** Ends every process this cluster started, and their children (executors), forcibly if they do not stop. */
    @Override
    public void close() {
        List<Process> started;
        synchronized (processes) {
            started = new ArrayList<>(processes);
            processes.clear();
        }
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : started) {
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
