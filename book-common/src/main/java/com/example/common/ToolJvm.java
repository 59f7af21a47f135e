package com.example.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Kafka tool in a JVM of its own, on this JVM's classpath: for the tools that {@link InProcessTool} cannot run
 * in this JVM because they end with {@code System.exit} and close in a {@code Runtime} shutdown hook
 * ({@code VerifiableProducer}, {@code VerifiableConsumer}). The same JVM flags as {@code bin/kafka-run-class.sh}
 * (a small heap, fast start), on the classpath {@link ForegroundJvm} gives its child; its output is handed over
 * line by line as it comes; after {@code timeout} it is
 * stopped with everything it started. The arguments go to the JVM as a list, never through a shell.
 */
public final class ToolJvm {

    private ToolJvm() {
    }

    /** Runs {@code mainClass args...} with {@code stdin} (null: none) and returns how it ended. */
    public static InProcessTool.Result run(String mainClass, List<String> args, String stdin,
                                           Consumer<String> onLine, Duration timeout) {
        List<String> command = JavaCommand.of(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"), ForegroundJvm.classpath(), mainClass,
                args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for " + mainClass, e);
        }
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = ProcessLines.follow(process, lines, onLine, "tool-jvm-output");
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
            }
            reader.join(Duration.ofSeconds(5).toMillis());
            return new InProcessTool.Result(ended ? process.exitValue() : -1, lines);
        } catch (InterruptedException e) {
            ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
            Thread.currentThread().interrupt();
            throw new IllegalStateException(mainClass + " was interrupted", e);
        }
    }
}
