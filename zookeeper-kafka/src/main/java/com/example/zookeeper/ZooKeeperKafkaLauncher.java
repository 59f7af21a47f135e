package com.example.zookeeper;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.example.common.JavaCommand;
import com.example.common.Messages;

/**
 * 2.1.4 주키퍼·카프카 브로커 실행 — what {@code ./mvnw -q -pl zookeeper-kafka exec:java} runs:
 * {@link ZooKeeperKafkaMain} in a JVM of its own with the book's heap, tied to Maven's JVM both ways (stopping
 * Maven stops ZooKeeper and the broker; a start-up error is the cluster's one line with its exit code, not Maven's
 * ExecuteException screen).
 *
 * <p>The same as book-common's {@code ForegroundJvm}, which this module cannot use: book-common brings Kafka 4.3.1
 * jars, and this module's classpath must hold Kafka 3.9 only (see its pom.xml).
 */
public final class ZooKeeperKafkaLauncher {

    /** The book's heap, as for kafka-server-start.sh and zookeeper-server-start.sh. */
    static final List<String> CLUSTER_JVM = List.of("-Xms400m", "-Xmx400m", "-XX:+UseG1GC",
            "-Djava.net.preferIPv4Stack=true");

    private ZooKeeperKafkaLauncher() {
    }

    public static void main(String[] args) {
        // an empty -Dzookeeper.kafka.args reaches exec:java as a null argument
        List<String> mainArgs = new ArrayList<>(Arrays.stream(args).filter(arg -> arg != null && !arg.isBlank()).toList());
        mainArgs.add("--stop-with-parent");
        List<String> command = JavaCommand.of(CLUSTER_JVM, classpath(), ZooKeeperKafkaMain.class.getName(), mainArgs);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println(Messages.text("error", Messages.text("process.cannotStart", command.get(0), e.getMessage())));
            System.exit(3);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-zookeeper-kafka"));
        try {
            System.exit(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            System.exit(3);
        }
    }

    /** Under exec:java the project's class loader holds the classpath; otherwise java.class.path. */
    private static String classpath() {
        if (ZooKeeperKafkaLauncher.class.getClassLoader() instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Paths.get(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy(); // the child's shutdown hook stops the broker, then ZooKeeper
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }
}
