package com.example.tour;

import java.util.List;

/** What a child process printed (stdout and stderr, interleaved as printed) and how it ended. */
public record ProcessResult(int exitCode, List<String> lines, boolean timedOut) {

    public ProcessResult {
        lines = List.copyOf(lines);
    }

    public String output() {
        return String.join("\n", lines);
    }
}
