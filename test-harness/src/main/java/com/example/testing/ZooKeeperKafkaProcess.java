package com.example.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opentest4j.TestAbortedException;

import com.example.common.JavaCommand;
import com.example.common.ProcessTree;

/**
 * The {@code zookeeper} mode's broker: the {@code zookeeper-kafka} module's cluster (ZooKeeper 3.8 + a Kafka 3.9
 * broker in ZooKeeper mode) as a child JVM, so its Kafka 3.9 jars never meet this JVM's Kafka 4.3.1.
 *
 * <p>The child runs {@code com.example.zookeeper.ZooKeeperKafkaMain} from {@code zookeeper-kafka/target/classes}
 * plus the jars listed in {@code zookeeper-kafka/target/zookeeper-kafka.classpath} (written by that module's
 * build), on free ports, with temporary data. We wait (bounded) for its one line
 * {@code "... ready: bootstrap.servers=HOST:PORT zookeeper.connect=HOST:PORT ..."}; its output goes to this
 * JVM's stdout prefixed {@code [zookeeper-kafka]}. It is stopped by {@link #close()}, by a shutdown hook if this
 * JVM exits first, and, if this JVM dies without hooks, by itself when its stdin (our pipe) closes.
 */
final class ZooKeeperKafkaProcess implements TestBroker {

    static final String MAIN_CLASS = "com.example.zookeeper.ZooKeeperKafkaMain";
    static final String CLASSPATH_FILE = "target/zookeeper-kafka.classpath";
    static final String CLASSES_DIR = "target/classes";
    static final String MODULE_NAME = "zookeeper-kafka";

    private static final String READY = " ready: ";
    private static final Pattern BOOTSTRAP = Pattern.compile("bootstrap\\.servers=(\\S+)");
    private static final Pattern ZOOKEEPER = Pattern.compile("zookeeper\\.connect=(\\S+)");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final String bootstrapServers;
    private final String zookeeperConnect;
    private final Thread shutdownHook;

    private ZooKeeperKafkaProcess(Process process, String bootstrapServers, String zookeeperConnect) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.zookeeperConnect = zookeeperConnect;
        this.shutdownHook = new Thread(this::stop, "zookeeper-kafka-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Where the zookeeper-kafka module is: {@code -Dzookeeper.kafka.dir} if set, else the first
     * {@code zookeeper-kafka} (with its classpath file) next to the working directory or one of its parents —
     * a module's tests run in that module's directory, so {@code ../zookeeper-kafka} is found.
     */
    static Optional<Path> findModule(String configuredDir, Path workingDir) {
        if (configuredDir != null && !configuredDir.isBlank()) {
            return Optional.of(Paths.get(configuredDir.trim()).toAbsolutePath());
        }
        for (Path dir = workingDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(MODULE_NAME)
                    && Files.isRegularFile(dir.resolve(CLASSPATH_FILE))) {
                return Optional.of(dir);
            }
            Path sibling = dir.resolve(MODULE_NAME);
            if (Files.isRegularFile(sibling.resolve(CLASSPATH_FILE))) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }

    /** Starts the cluster from the module in {@code moduleDir}; a skip (not a failure) if it is not built. */
    static ZooKeeperKafkaProcess start(Path moduleDir, Duration readyTimeout) {
        Path classpathFile = moduleDir.resolve(CLASSPATH_FILE);
        Path classes = moduleDir.resolve(CLASSES_DIR);
        if (!Files.isRegularFile(classpathFile)
                || !Files.isRegularFile(classes.resolve(MAIN_CLASS.replace('.', '/') + ".class"))) {
            throw new TestAbortedException(notBuilt(moduleDir));
        }
        String classpath;
        try {
            classpath = classes + File.pathSeparator + Files.readString(classpathFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile, e);
        }
        List<String> command = JavaCommand.of(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true"), classpath, MAIN_CLASS, List.of(
                "--port", "0", "--zookeeper-port", "0", "--stop-on-stdin-eof",
                // one broker: no other replica to hand leadership to; skips a 5 s retry when stopped early
                "--override", "controlled.shutdown.enable=false"));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(moduleDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + MAIN_CLASS + ": " + e.getMessage(), e);
        }
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread output = new Thread(() -> forward(process, lastLines, ready), "zookeeper-kafka-output");
        output.setDaemon(true);
        output.start();
        String readyLine;
        try {
            readyLine = ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            kill(process);
            String why = e instanceof TimeoutException
                    ? "was not ready within " + readyTimeout.toSeconds() + " s"
                    : "exited with code " + exitCode(process) + " before it was ready";
            throw new IllegalStateException("the ZooKeeper-mode cluster (" + moduleDir + ") " + why
                    + "; its last output:\n" + String.join("\n", snapshot(lastLines)));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the ZooKeeper-mode cluster", e);
        }
        return new ZooKeeperKafkaProcess(process, find(BOOTSTRAP, readyLine), find(ZOOKEEPER, readyLine));
    }

    static String notBuilt(Path moduleDir) {
        return "-D" + TestBrokers.MODE_PROPERTY + "=" + TestBrokers.ZOOKEEPER + " skipped: the zookeeper-kafka module is "
                + "not built (" + moduleDir.resolve(CLASSPATH_FILE) + " or its classes are missing). Build it first: "
                + "./mvnw -q -pl zookeeper-kafka package -DskipTests (a -pl build of another module does not), "
                + "or point -D" + TestBrokers.ZOOKEEPER_KAFKA_DIR_PROPERTY + " at it.";
    }

    private static void forward(Process process, Deque<String> lastLines, CompletableFuture<String> ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println("[zookeeper-kafka] " + line);
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 30) {
                        lastLines.removeFirst();
                    }
                }
                if (!ready.isDone() && line.contains(READY) && BOOTSTRAP.matcher(line).find()) {
                    ready.complete(line);
                }
            }
        } catch (IOException e) {
            // the process is gone or we closed its streams
        }
        ready.completeExceptionally(new IllegalStateException("output ended"));
    }

    private static List<String> snapshot(Deque<String> lastLines) {
        synchronized (lastLines) {
            return List.copyOf(lastLines);
        }
    }

    private static String find(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("unexpected ready line: " + line);
        }
        return m.group(1);
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static void kill(Process process) {
        process.destroyForcibly();
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String mode() {
        return TestBrokers.ZOOKEEPER;
    }

    @Override
    public Optional<String> zookeeperConnect() {
        return Optional.of(zookeeperConnect);
    }

    /** The child JVM, e.g. to check it is gone. */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) stop() itself
        }
        stop();
    }

    /** SIGTERM (a clean stop: broker, then ZooKeeper, temporary data removed), then SIGKILL if it hangs. */
    private void stop() {
        if (process.isAlive()) { // unlike Process.destroy(), a ProcessHandle keeps our end of its output open
            ProcessTree.stop(process.toHandle(), STOP_TIMEOUT);
        }
    }
}
