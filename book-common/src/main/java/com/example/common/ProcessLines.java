package com.example.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** A child process's output (UTF-8), read line by line on a daemon thread as it comes. */
public final class ProcessLines {

    private ProcessLines() {
    }

    /**
     * Starts a daemon thread {@code name} that adds each line {@code process} prints to {@code lines} and hands it
     * to {@code onLine}, until the process's output ends (it exited or was stopped); join it to wait for the rest.
     */
    public static Thread follow(Process process, List<String> lines, Consumer<String> onLine, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the process was stopped: its output ends here
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
