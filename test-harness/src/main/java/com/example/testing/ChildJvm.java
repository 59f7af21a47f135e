package com.example.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.common.JavaCommand;
import com.example.common.BrokerCheck;
import com.example.common.ClientConfig;

/**
 * A book example's {@code main} in a JVM of its own, started the way a reader starts it (its main class,
 * {@code -Dbootstrap.servers=...}, its arguments) on this test's classpath — so a test can kill it for real
 * ({@code kill -9}: no finally, no close, no shutdown hook) or stop it like Ctrl+C ({@code kill -TERM}: the
 * shutdown hook runs). Its stdout+stderr — the example's log — go to a file the test reads.
 */
public final class ChildJvm implements AutoCloseable {

    /** {@code record:ConsumerRecord(..., value = v17)} as the consumer examples log each record. */
    private static final Pattern LOGGED_VALUE = Pattern.compile("record:ConsumerRecord\\(.*value = ([^,\\s)]+)\\)");

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** {@code java -cp <test classpath> -Dbootstrap.servers=<bootstrap> <mainClass> args...}. */
    public static ChildJvm start(Class<?> mainClass, String bootstrapServers, String... args) {
        List<String> jvmOptions = new ArrayList<>(List.of(
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.net.preferIPv4Stack=true",
                "-Dbootstrap.servers=" + bootstrapServers,
                // the example's fail-fast check: a running broker on a loaded test machine answered after 3.5 s
                "-D" + BrokerCheck.TIMEOUT_PROPERTY + "=15"));
        String clientConfig = System.getProperty(ClientConfig.PROPERTY);
        if (clientConfig != null) { // a secured test broker: the child connects with the reader's file too
            jvmOptions.add("-D" + ClientConfig.PROPERTY + "=" + clientConfig);
        }
        List<String> command = JavaCommand.of(jvmOptions, classpath(), mainClass.getName(), List.of(args));
        try {
            Path log = Files.createTempFile("child-" + mainClass.getSimpleName() + "-", ".log");
            log.toFile().deleteOnExit();
            // a file, not a pipe: nothing the child prints while dying is lost, and it never blocks on a full pipe
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new ChildJvm(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /**
     * The test JVM's real classpath: surefire lists it in {@code surefire.test.class.path} (its
     * {@code java.class.path} may be a manifest-only jar).
     */
    public static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Everything the child printed so far. */
    public List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String output() {
        return String.join("\n", lines());
    }

    /** The values of the records the consumer example logged, in the order it logged them. */
    public List<String> loggedValues() {
        List<String> values = new ArrayList<>();
        for (String line : lines()) {
            Matcher m = LOGGED_VALUE.matcher(line);
            if (m.find()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    /**
     * Waits until the child logged at least {@code count} record values and returns them; fails at once, with the
     * child's exit status and output, if it ends first (e.g. its fail-fast broker check gave up on a busy machine),
     * and with its output after {@code timeout}.
     */
    public List<String> awaitLoggedValues(int count, Duration timeout) {
        try {
            org.awaitility.Awaitility.await().atMost(timeout).until(() -> loggedValues().size() >= count || !isAlive());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("child JVM logged " + loggedValues().size() + " of " + count + " values within "
                    + timeout + "; output:\n" + output(), e);
        }
        List<String> values = loggedValues();
        if (values.size() < count) {
            throw new AssertionError("child JVM exited with status " + process.exitValue() + " after logging "
                    + values.size() + " of " + count + " values; output:\n" + output());
        }
        return values;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9} ({@link Process#destroyForcibly()}) and wait until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("child JVM did not die after SIGKILL");
        }
    }

    /** {@code kill -TERM} ({@link Process#destroy()}, what Ctrl+C amounts to); returns the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return waitFor(timeout);
    }

    /** Waits for the child to end by itself; returns the exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM did not exit within " + timeout + "; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
