package com.example;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.example.common.InProcessTool;
import com.example.testing.Observations;
import com.example.testing.TestKafka;

/** How the chapter-2 tests run a section: as a reader's {@code walkthrough/2.2.x-*.sh} does, the listing's code. */
final class WalkthroughRuns {

    /**
     * How long a console consumer waits for one more record (the walkthrough's default is 3000 ms): below 2000 a
     * busy machine's console consumer may give up before its group has joined.
     */
    static final int CONSUMER_TIMEOUT_MS = 2000;

    private WalkthroughRuns() {
    }

    /** Section {@code section} against {@code kafka}, its names ending in {@code suffix}, files in {@code workDir}. */
    static InProcessTool.Result run(TestKafka kafka, String section, String suffix, Path workDir) {
        return run(kafka, section, suffix, workDir, Observations::output);
    }

    /** The same, each line of the tools' output to {@code output} as it comes (the tour prints them). */
    static InProcessTool.Result run(TestKafka kafka, String section, String suffix, Path workDir,
                                    Consumer<String> output) {
        Walkthroughs.Settings settings = new Walkthroughs.Settings(kafka.bootstrapServers(), suffix,
                CONSUMER_TIMEOUT_MS, workDir,
                kafka.clientConfigFile().map(Path::toString).orElse(null)); // secured: --command-config
        return Walkthrough.run(Walkthroughs.section(section, settings), settings, output);
    }
}
