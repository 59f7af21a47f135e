package com.example;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.example.common.ProcessTree;

/**
 * Runs one of this module's scripts ({@code bin/*.sh}, {@code walkthrough/*.sh}; on Windows their {@code .cmd}
 * twins) as a real process, the way a
 * reader runs it from the module directory, and returns its exit code and output. Every run has a deadline:
 * on expiry the process and everything it started are killed and the test fails — a test never hangs.
 */
final class ToolProcess {

    /**
     * The module directory: surefire runs tests there ({@code basedir} says so explicitly); the tour runs from the
     * repository root.
     */
    static final Path MODULE_DIR = moduleDir();
    static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    /** What a finished process left behind. */
    record Result(List<String> command, int exitCode, String stdout, String stderr, Duration took) {

        /** stdout then stderr: what the reader sees in the terminal (order between the two aside). */
        String output() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " → exit " + exitCode + " in " + took.toMillis() + " ms\n"
                    + "--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private ToolProcess() {
    }

    private static Path moduleDir() {
        Path here = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path fromRoot = here.resolve("chapter2-cli-scripts");
        return System.getProperty("basedir") == null && Files.isDirectory(fromRoot) ? fromRoot : here;
    }

    /** Runs {@code command} (relative to the module directory) with extra environment, within {@code timeout}. */
    static Result run(Duration timeout, Map<String, String> env, String... command) {
        return finish(start(env, command), timeout);
    }

    /**
     * The reader's command on this OS: on Windows {@code bin/<tool>.sh} and {@code walkthrough/<section>.sh} become
     * their twins {@code bin\windows\<tool>.cmd} and {@code walkthrough\<section>.cmd} (through cmd.exe), so
     * the same tests prove the Windows files on the CI's Windows runner.
     */
    static List<String> forThisOs(String... command) {
        List<String> words = new java.util.ArrayList<>(List.of(command));
        String script = words.get(0);
        if (WINDOWS && script.endsWith(".sh") && (script.startsWith("bin/") || script.startsWith("walkthrough/"))) {
            String twin = script.startsWith("bin/") ? "bin\\windows\\" + script.substring("bin/".length())
                    : "walkthrough\\" + script.substring("walkthrough/".length());
            words.set(0, twin.replace(".sh", ".cmd"));
            words.addAll(0, List.of("cmd.exe", "/c"));
        }
        return words;
    }

    /** Starts {@code command} without waiting; finish it with {@link #finish(Started, Duration)}. */
    static Started start(Map<String, String> env, String... command) {
        try {
            Path out = Files.createTempFile("tool-", ".out");
            Path err = Files.createTempFile("tool-", ".err");
            ProcessBuilder builder = new ProcessBuilder(forThisOs(command))
                    .directory(MODULE_DIR.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of(WINDOWS ? "NUL" : "/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            String clientConfig = System.getProperty("kafka.client.config");
            if (clientConfig != null) { // a secured test broker: the scripts connect with the reader's file
                builder.environment().put("KAFKA_CLIENT_CONFIG", clientConfig);
            }
            return new Started(List.of(command), builder.start(), out, err, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    /** Waits for the process; kills it (and its children) and fails the test when {@code timeout} expires. */
    static Result finish(Started started, Duration timeout) {
        Process process = started.process();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                fail("%s did not finish within %s; killed it. Output so far:%n%s",
                        String.join(" ", started.command()), timeout, read(started));
            }
            Result result = new Result(started.command(), process.exitValue(), Files.readString(started.out()),
                    Files.readString(started.err()), Duration.ofNanos(System.nanoTime() - started.startNanos()));
            System.out.println(result);
            return result;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(started.out());
            deleteQuietly(started.err());
        }
    }

    /** Kills the process and every process it started (a walkthrough's bash runs java children). */
    static void kill(Process process) {
        ProcessTree.kill(process.toHandle(), Duration.ofSeconds(5));
    }

    static String read(Started started) {
        try {
            return Files.readString(started.out(), StandardCharsets.UTF_8)
                    + Files.readString(started.err(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read output: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the OS cleans up
        }
    }

    /** A running process and where its output goes. */
    record Started(List<String> command, Process process, Path out, Path err, long startNanos) {
    }
}
