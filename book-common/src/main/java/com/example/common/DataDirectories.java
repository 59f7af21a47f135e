package com.example.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one rule for directories this project writes into and may wipe: it only ever deletes a directory that it
 * made itself, recognised by a marker file it writes when it makes one ({@value #MARKER}). A reader's
 * {@code --data-dir ~/Documents} is therefore refused, never emptied: {@link #claim(Path)} refuses a directory
 * that already holds files the project did not make, and {@link #delete(Path)} refuses a directory without
 * the marker. JDK only (no Kafka classes), so every launcher can use it.
 */
public final class DataDirectories {

    /** The marker file in every directory this project made. */
    public static final String MARKER = ".kafka-book-java";

    private DataDirectories() {
    }

    /** A new temporary directory, marked as this project's. */
    public static Path createTemp(String prefix) {
        try {
            return claim(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code dir} (and its parents) if needed and marks it as this project's; a directory that is already
     * marked, new or empty is fine. One that holds anything else is refused with one line naming the path.
     *
     * @throws IllegalArgumentException when {@code dir} is a file, or a directory of someone else's files
     */
    public static Path claim(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker)) {
            return dir;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw Messages.badInput("data-dir.is-file", dir);
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw Messages.badInput("data-dir.not-ours", dir, MARKER);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        adopt(dir);
        return dir;
    }

    /**
     * Marks an existing directory that the caller recognises as one it made before markers existed (e.g.
     * local-kafka's {@code server.properties} with its own header).
     */
    public static void adopt(Path dir) {
        try {
            Files.writeString(dir.resolve(MARKER), "Made by the kafka-book-java companion code; it may delete "
                    + "this directory.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} carries this project's marker. */
    public static boolean isOwned(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    /**
     * Deletes {@code dir} with everything in it, if this project made it; a missing directory is fine.
     *
     * @throws IllegalArgumentException (before deleting anything) when {@code dir} has no marker
     */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!isOwned(dir)) {
            throw Messages.badInput("data-dir.refuse-delete", dir, MARKER);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        // the marker goes last, so a delete that stops halfway leaves a directory that is still known as ours
        Path marker = dir.resolve(MARKER);
        for (Path path : paths) {
            if (!path.equals(marker) && !path.equals(dir)) {
                deleteOne(path);
            }
        }
        deleteOne(marker);
        deleteOne(dir);
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
