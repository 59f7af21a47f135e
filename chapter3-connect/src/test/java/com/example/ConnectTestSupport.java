package com.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Shared bits of this module's tests: worker configs from the shipped files, files, descriptors. */
final class ConnectTestSupport {

    private ConnectTestSupport() {
    }

    /** The reader's config/connect-standalone.properties with what a test must change: offsets file, REST port 0. */
    static Map<String, String> standaloneWorker(Path offsetsFile) {
        Map<String, String> props = new HashMap<>(ConnectWorker.loadProperties("config/connect-standalone.properties"));
        props.put("offset.storage.file.filename", offsetsFile.toString());
        props.put("offset.flush.interval.ms", "200");
        props.put("listeners", "http://127.0.0.1:0");
        return props;
    }

    /** The reader's config/connect-distributed.properties with a unique group and internal topics. */
    static Map<String, String> distributedWorker(String id) {
        Map<String, String> props = new HashMap<>(ConnectWorker.loadProperties("config/connect-distributed.properties"));
        props.put("group.id", id);
        props.put("config.storage.topic", id + "-configs");
        props.put("offset.storage.topic", id + "-offsets");
        props.put("offset.storage.partitions", "1");
        props.put("status.storage.topic", id + "-status");
        props.put("offset.flush.interval.ms", "200");
        props.put("scheduled.rebalance.max.delay.ms", "0");
        props.put("listeners", "http://127.0.0.1:0");
        return props;
    }

    static Map<String, String> sourceConfig(String name, Path file, String topic) {
        return sourceConfig(name, file, topic, SingleFileSourceConnector.class);
    }

    static Map<String, String> sourceConfig(String name, Path file, String topic, Class<?> connector) {
        return Map.of("name", name, "connector.class", connector.getName(), "tasks.max", "1",
                "file", file.toString(), "topic", topic);
    }

    static Map<String, String> sinkConfig(String name, String topic, Path file) {
        return Map.of("name", name, "connector.class", SingleFileSinkConnector.class.getName(), "tasks.max", "1",
                "topics", topic, "file", file.toString());
    }

    /** {@code prefix-1 .. prefix-n}. */
    static List<String> lines(String prefix, int from, int to) {
        return new ArrayList<>(IntStream.rangeClosed(from, to).mapToObj(i -> prefix + "-" + i).toList());
    }

    /** Appends the lines, each ending in a newline, as a program writing a log would. */
    static void append(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean canCountDescriptors() {
        return Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** How many file descriptors of this JVM (where the worker runs) point at {@code file} (Linux). */
    static long openDescriptors(Path file) {
        Path target = file.toAbsolutePath().normalize();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed meanwhile, or not a link
                }
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
