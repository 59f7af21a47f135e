package com.example.tour;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.example.common.ProcessLines;
import com.example.common.ProcessTree;
import com.example.common.Messages;

/**
 * The tour's child processes (the chapter 2 scripts and the tool JVMs under them): started with their output read
 * line by line as it comes, stopped with everything they started when their time is up, when the step ends or when
 * the tour stops. Once {@link #refuseNew()} is called (Ctrl+C, the end), nothing new is started.
 */
final class ChildProcesses {

    /** How long a child process gets to end after it is asked to before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final List<Process> running = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    /**
     * Runs {@code command} in {@code workDir} with {@code env} added, hands every output line to {@code onLine} as
     * it comes, and returns when it ended. After {@code timeout} the process and everything it started is stopped.
     */
    ProcessResult run(List<String> command, Path workDir, Map<String, String> env, Duration timeout,
                      Consumer<String> onLine) throws InterruptedException {
        Process process = start(command, workDir, env);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = ProcessLines.follow(process, lines, onLine, "tour-process-output");
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            stop(process);
        }
        reader.join(GRACE.toMillis());
        running.remove(process);
        return new ProcessResult(ended ? process.exitValue() : -1, lines, !ended);
    }

    private Process start(List<String> command, Path workDir, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        synchronized (running) {
            if (refusing) {
                throw new StepFailure(Messages.text("tour.stopping.no-start"));
            }
            try {
                Process process = builder.start();
                running.add(process);
                return process;
            } catch (IOException e) {
                throw new StepFailure(Messages.text("tour.cannot-start", command.get(0), e.getMessage()), e);
            }
        }
    }

    /** From now on {@link #run} refuses to start anything. */
    void refuseNew() {
        synchronized (running) {
            refusing = true;
        }
    }

    /** Stops every process running now, with everything each started. */
    void stopAll() {
        List<Process> now = List.copyOf(running);
        now.forEach(ChildProcesses::stop);
        running.removeAll(now);
    }

    /** The process and everything it started: asked to end, killed after {@link #GRACE}. */
    static void stop(Process process) {
        ProcessTree.stop(process.toHandle(), GRACE);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
