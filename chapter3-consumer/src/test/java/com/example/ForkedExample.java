package com.example;

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

/**
 * An example's {@code main} running in a JVM of its own, exactly as a reader starts it, so a test can kill it
 * (a real crash: no {@code finally}, no {@code close()}) or send it SIGTERM (what Ctrl+C does: the shutdown hook
 * runs). Its stdout and stderr (the examples' log) go to a temporary file. (Test-side helper.)
 */
final class ForkedExample implements AutoCloseable {

    private static final Pattern RECORD_VALUE = Pattern.compile("record:ConsumerRecord\\(.*value = ([^,\\s)]+)\\)");

    private final Process process;
    private final Path log;

    private ForkedExample(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java <mainClass> args...} on this test's classpath against {@code bootstrapServers}. */
    static ForkedExample start(Class<?> mainClass, String bootstrapServers, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true",
                "-Dbootstrap.servers=" + bootstrapServers,
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                mainClass.getName()));
        command.addAll(List.of(args));
        // to a file, not a pipe: nothing the JVM prints while dying can get lost
        Path log = Files.createTempFile("forked-" + mainClass.getSimpleName(), ".log");
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ForkedExample(process, log);
    }

    /** What the example printed so far. */
    List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the records the example logged ({@code record:ConsumerRecord(... value = v)}). */
    List<String> loggedValues() {
        List<String> values = new ArrayList<>();
        for (String line : lines()) {
            Matcher m = RECORD_VALUE.matcher(line);
            if (m.find()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: the JVM dies on the spot, nothing of the example runs any more. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("forked example did not die");
        }
    }

    /** kill -TERM (what Ctrl+C amounts to): shutdown hooks run. Returns the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("forked example did not exit within " + timeout + "; output:\n"
                    + output());
        }
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
