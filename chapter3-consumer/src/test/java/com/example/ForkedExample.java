package com.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example's {@code main} running in a JVM of its own, exactly as a reader starts it, so a test can kill it
 * (a real crash: no {@code finally}, no {@code close()}) or send it SIGTERM (what Ctrl+C does: the shutdown hook
 * runs). Its stdout (the examples' log) is collected line by line. (Test-side helper.)
 */
final class ForkedExample implements AutoCloseable {

    private static final Pattern RECORD_VALUE = Pattern.compile("record:ConsumerRecord\\(.*value = ([^,\\s)]+)\\)");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ForkedExample(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output closed: " + e + ")");
            }
        }, "forked-output");
        reader.setDaemon(true);
        reader.start();
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
        return new ForkedExample(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The values of the records the example logged ({@code record:ConsumerRecord(... value = v)}). */
    List<String> loggedValues() {
        List<String> values = new ArrayList<>();
        for (String line : lines) {
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
                    + String.join("\n", lines));
        }
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
