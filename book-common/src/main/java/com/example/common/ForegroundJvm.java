package com.example.common;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a launcher's main class in a JVM of its own (the book's 400 MB heap), in the foreground, tied to this JVM
 * both ways — what {@code ./mvnw -q -pl local-kafka exec:java} uses, so that:
 * <ul>
 *   <li>stopping Maven in any way stops the broker: Ctrl+C, SIGTERM (a script, CI, an IDE's stop button) run this
 *       JVM's shutdown hook, which stops the child and waits for its clean shutdown; a {@code kill -9} of Maven is
 *       noticed by the child itself ({@link #stopWithParent()});</li>
 *   <li>the child's own one-line error and exit code are the whole story: Maven's JVM exits with the child's code,
 *       without Maven's "Failed to execute goal ... ExecuteException" screen that {@code exec:exec} prints.</li>
 * </ul>
 * JDK only (no Kafka classes). Works the same on Windows (no signals are sent by hand: {@link Process#destroy()}).
 */
public final class ForegroundJvm {

    /** How long a stop waits for the child's clean shutdown before it is killed. */
    private static final long STOP_GRACE_SECONDS = 30;

    private ForegroundJvm() {
    }

    /**
     * Starts {@code mainClass} with {@code args} in a child JVM ({@code jvmOptions}, this JVM's classpath),
     * its output on this terminal, and exits this JVM with the child's exit code.
     */
    public static void runAndExit(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = JavaCommand.of(jvmOptions, classpath(), mainClass, args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println(Messages.text("error", Messages.text("process.cannotStart", command.get(0), e.getMessage())));
            System.exit(Examples.EXIT_KAFKA_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-" + mainClass));
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            status = Examples.EXIT_KAFKA_ERROR;
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** In the child: exit (running its shutdown hooks) as soon as the JVM that started it is gone. */
    public static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    private static void stop(Process child) {
        if (child.isAlive()) { // SIGTERM on Unix: the child's shutdown hook stops the broker cleanly
            ProcessTree.stop(child.toHandle(), Duration.ofSeconds(STOP_GRACE_SECONDS));
        }
    }

    /**
     * The classpath of the code running this launcher: under {@code exec:java} the project's class loader (a
     * URLClassLoader), otherwise {@code java.class.path}.
     */
    static String classpath() {
        ClassLoader loader = ForegroundJvm.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
